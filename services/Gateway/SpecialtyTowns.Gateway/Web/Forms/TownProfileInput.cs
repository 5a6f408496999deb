using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Forms;

/// <summary>
/// The town profile form as posted: the fields UpdateTown accepts. Lists of text are one item a
/// line; key figures and contacts are rows, blank rows dropped before sending so that the
/// service's row numbers are the rows shown again.
/// </summary>
public sealed class TownProfileInput
{
    /// <summary>Rows offered beyond those filled in, for adding figures and contacts.</summary>
    public const int SpareRows = 2;

    public string? RequestId { get; set; }

    public string? NameEn { get; set; }

    public string? City { get; set; }

    public string? County { get; set; }

    public string? MainIndustry { get; set; }

    public string? Facts { get; set; }

    public string? Platforms { get; set; }

    public string? Policies { get; set; }

    public List<KeyFigureInput> KeyFigures { get; set; } = [];

    public List<ContactInput> Contacts { get; set; } = [];

    public static TownProfileInput From(Town town) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        NameEn = town.NameEn,
        City = town.City,
        County = town.County,
        MainIndustry = town.MainIndustry,
        Facts = string.Join('\n', town.Facts),
        Platforms = string.Join('\n', town.Platforms),
        Policies = string.Join('\n', town.Policies),
        KeyFigures = [.. town.KeyFigures.Select(KeyFigureInput.From)],
        Contacts = [.. town.Contacts.Select(ContactInput.From)],
    };

    /// <summary>The items of a one-per-line field, blank lines dropped.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>Drops blank rows and lines, so what is shown again is exactly what was sent.</summary>
    public void Compact()
    {
        KeyFigures = [.. KeyFigures.Where(f => !f.IsBlank)];
        Contacts = [.. Contacts.Where(c => !c.IsBlank)];
        Facts = string.Join('\n', Lines(Facts));
        Platforms = string.Join('\n', Lines(Platforms));
        Policies = string.Join('\n', Lines(Policies));
    }

    /// <summary>Every field set: the form shows the whole profile, so what is left empty is cleared.</summary>
    public UpdateTownRequest ToRequest(Guid townId) => new()
    {
        Id = townId.ToString(),
        RequestId = RequestId ?? string.Empty,
        NameEn = NameEn?.Trim() ?? string.Empty,
        City = City?.Trim() ?? string.Empty,
        County = County?.Trim() ?? string.Empty,
        MainIndustry = MainIndustry?.Trim() ?? string.Empty,
        Facts = new StringList { Values = { Lines(Facts) } },
        Platforms = new StringList { Values = { Lines(Platforms) } },
        Policies = new StringList { Values = { Lines(Policies) } },
        KeyFigures = new KeyFigureList { Values = { KeyFigures.Select(f => f.ToMessage()) } },
        Contacts = new ContactList { Values = { Contacts.Select(c => c.ToMessage()) } },
    };
}
