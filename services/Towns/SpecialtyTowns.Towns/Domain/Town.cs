using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Places;

namespace SpecialtyTowns.Towns.Domain;

/// <summary>A specialty town (特色专业镇). Its name is unique across the province.</summary>
public sealed class Town
{
    private Town()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public string? City { get; private set; }

    public string? County { get; private set; }

    public TownLevel Level { get; private set; }

    public TownCategory Category { get; private set; }

    public string MainIndustry { get; private set; } = string.Empty;

    public List<string> Facts { get; private set; } = [];

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Output value, employment, enterprises, export share...: only what sources give.</summary>
    public List<KeyFigure> KeyFigures { get; private set; } = [];

    /// <summary>Public service platforms (testing centres, incubators, exhibition halls...).</summary>
    public List<string> Platforms { get; private set; } = [];

    /// <summary>Policies of the town (一镇一策: funds, land, brand building...).</summary>
    public List<string> Policies { get; private set; } = [];

    public List<TownContact> Contacts { get; private set; } = [];

    public static Town Register(TownRegistration registration, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(registration.Name))
        {
            throw new BusinessRuleException("town-name-required", "A town needs a name");
        }

        if (!Enum.IsDefined(registration.Level))
        {
            throw new BusinessRuleException("town-level-known", "A town is provincial, municipal, or of unknown level");
        }

        if (!Enum.IsDefined(registration.Category))
        {
            throw new BusinessRuleException("town-category-known", "A town belongs to one of the three categories");
        }

        var town = new Town
        {
            Id = Guid.CreateVersion7(now),
            Name = registration.Name.Trim(),
            NameEn = Clean(registration.NameEn),
            City = Clean(registration.City),
            County = Clean(registration.County),
            Level = registration.Level,
            Category = registration.Category,
            MainIndustry = registration.MainIndustry.Trim(),
            Facts = registration.Facts.Select(f => f.Trim()).Where(f => f.Length > 0).ToList(),
            RegisteredAt = now,
        };
        town.LocateCity();
        return town;
    }

    /// <summary>The town's own account and admins may edit a town; nobody else.</summary>
    public bool MayBeEditedBy(Caller caller) => caller.IsAdmin || caller.IsTown(Id);

    /// <summary>Replaces the profile lists that are given; returns whether anything changed.</summary>
    public bool ApplyProfile(IReadOnlyList<KeyFigure>? keyFigures, IReadOnlyList<string>? platforms, IReadOnlyList<string>? policies, IReadOnlyList<TownContact>? contacts)
    {
        var changed = false;
        if (keyFigures is not null && !keyFigures.SequenceEqual(KeyFigures))
        {
            KeyFigures = keyFigures.ToList();
            changed = true;
        }

        if (platforms is not null && !platforms.SequenceEqual(Platforms))
        {
            Platforms = platforms.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            changed = true;
        }

        if (policies is not null && !policies.SequenceEqual(Policies))
        {
            Policies = policies.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            changed = true;
        }

        if (contacts is not null && !contacts.SequenceEqual(Contacts))
        {
            Contacts = contacts.ToList();
            changed = true;
        }

        return changed;
    }

    /// <summary>Applies the changes; returns whether anything changed.</summary>
    public bool Apply(TownChanges changes)
    {
        if (changes.MainIndustry is not null && string.IsNullOrWhiteSpace(changes.MainIndustry))
        {
            throw new BusinessRuleException("town-main-industry-required", "A town keeps a main industry");
        }

        var before = (NameEn, City, County, MainIndustry, string.Join('\n', Facts));
        NameEn = changes.NameEn is null ? NameEn : Clean(changes.NameEn);
        City = changes.City is null ? City : Clean(changes.City);
        County = changes.County is null ? County : Clean(changes.County);
        MainIndustry = changes.MainIndustry?.Trim() ?? MainIndustry;
        Facts = changes.Facts?.Select(f => f.Trim()).Where(f => f.Length > 0).ToList() ?? Facts;
        LocateCity();
        return before != (NameEn, City, County, MainIndustry, string.Join('\n', Facts));
    }

    /// <summary>
    /// A town with a county but no city gets the city that county lies in (a county lies in one
    /// city). A city already given is never replaced, not even when the county changes.
    /// </summary>
    private void LocateCity() => City ??= CountyCities.Shanxi.CityOf(County);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
