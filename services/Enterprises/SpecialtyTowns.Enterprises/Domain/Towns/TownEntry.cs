namespace SpecialtyTowns.Enterprises.Domain.Towns;

/// <summary>
/// What Enterprises knows of a town, built only from Towns' events (names and city for pages,
/// search facets and reasons). Events may arrive in any order: the newest applied wins.
/// </summary>
public sealed class TownEntry
{
    private TownEntry()
    {
    }

    public Guid TownId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEn { get; private set; }

    public string? City { get; private set; }

    public string? County { get; private set; }

    /// <summary>The time of the event the profile comes from.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static TownEntry Create(Guid townId, string name, string? nameEn, string? city, string? county, DateTimeOffset asOf) => new()
    {
        TownId = townId,
        Name = name,
        NameEn = nameEn,
        City = city,
        County = county,
        AsOf = asOf,
    };

    /// <summary>Applies a profile as of <paramref name="asOf"/>; false (and nothing changed) when a newer one is applied already.</summary>
    public bool Apply(string name, string? nameEn, string? city, string? county, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }

        (Name, NameEn, City, County, AsOf) = (name, nameEn, city, county, asOf);
        return true;
    }
}
