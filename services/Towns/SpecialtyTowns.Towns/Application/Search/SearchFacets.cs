using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.Application.Search;

/// <summary>Names of Towns' facets: in the engine's results and filters (<see cref="TownsSearchSchema"/>).</summary>
public static class SearchFacets
{
    public const string Kind = "kind";
    public const string Industry = "industry";
    public const string City = "city";
    public const string County = "county";
    public const string Level = "level";
    public const string Category = "category";
    public const string AmountBand = "amountBand";
    public const string CooperationMode = "cooperationMode";
    public const string Status = "status";

    public static IReadOnlyList<string> All { get; } =
        [Kind, Industry, City, County, Level, Category, AmountBand, CooperationMode, Status];
}
