namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>
/// Facet names, in the engine's results and filters; named as the query's fields (camel case of the proto's), so a
/// bad filter value is reported under the field the client sent.
/// </summary>
public static class SearchFacets
{
    public const string Kind = "kind";
    public const string Industry = "industry";
    public const string TownId = "townId";
    public const string City = "city";
    public const string ChainPosition = "chainPosition";
    public const string Status = "status";
    public const string Leading = "leading";

    /// <summary>
    /// Internal: "true" on gaps still open (open or in talks), the default of a gap search, which the engine's
    /// one-value filters could not express with <see cref="Status"/>. Never returned.
    /// </summary>
    public const string Active = "active";

    /// <summary>The facets a result shows.</summary>
    public static IReadOnlyList<string> Shown { get; } = [Kind, Industry, TownId, City, ChainPosition, Status, Leading];
}
