using SpecialtyTowns.Towns.Application.Search;
namespace SpecialtyTowns.Towns.Infrastructure.Search;

public static class TownCategories
{
    public const string AdvancedManufacturing = "advanced-manufacturing";
    public const string SpecialtyLightIndustry = "specialty-light-industry";
    public const string SpecialtyAgriculture = "specialty-agriculture";

    public static IReadOnlyList<string> All { get; } = [AdvancedManufacturing, SpecialtyLightIndustry, SpecialtyAgriculture];
}
