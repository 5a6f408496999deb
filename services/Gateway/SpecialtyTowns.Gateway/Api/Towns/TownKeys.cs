using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>The REST API's stable keys for town levels and categories.</summary>
public static class TownKeys
{
    public static readonly IReadOnlyDictionary<string, TownLevel> Levels = new Dictionary<string, TownLevel>
    {
        ["provincial"] = TownLevel.Provincial,
        ["municipal"] = TownLevel.Municipal,
    };

    public static readonly IReadOnlyDictionary<string, TownCategory> Categories = new Dictionary<string, TownCategory>
    {
        ["advanced-manufacturing"] = TownCategory.AdvancedManufacturing,
        ["specialty-light-industry"] = TownCategory.SpecialtyLightIndustry,
        ["specialty-agriculture"] = TownCategory.SpecialtyAgriculture,
    };

    public static string? Of(TownLevel level) => Levels.FirstOrDefault(p => p.Value == level).Key;

    public static string Of(TownCategory category) => Categories.FirstOrDefault(p => p.Value == category).Key ?? string.Empty;
}
