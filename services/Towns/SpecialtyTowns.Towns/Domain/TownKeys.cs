namespace SpecialtyTowns.Towns.Domain;

/// <summary>The stable text keys of levels and categories used in events and seed data.</summary>
public static class TownKeys
{
    public static string? Of(TownLevel level) => level switch
    {
        TownLevel.Provincial => "provincial",
        TownLevel.Municipal => "municipal",
        _ => null,
    };

    public static string Of(TownCategory category) => category switch
    {
        TownCategory.AdvancedManufacturing => "advanced-manufacturing",
        TownCategory.SpecialtyLightIndustry => "specialty-light-industry",
        TownCategory.SpecialtyAgriculture => "specialty-agriculture",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category"),
    };

    public static TownLevel ParseLevel(string? key) => key switch
    {
        null or "" => TownLevel.Unknown,
        "provincial" => TownLevel.Provincial,
        "municipal" => TownLevel.Municipal,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown town level"),
    };

    public static TownCategory ParseCategory(string key) => key switch
    {
        "advanced-manufacturing" => TownCategory.AdvancedManufacturing,
        "specialty-light-industry" => TownCategory.SpecialtyLightIndustry,
        "specialty-agriculture" => TownCategory.SpecialtyAgriculture,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown town category"),
    };
}
