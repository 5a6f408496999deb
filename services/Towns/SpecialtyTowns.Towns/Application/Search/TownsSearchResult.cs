using SpecialtyTowns.Search;

namespace SpecialtyTowns.Towns.Application.Search;

/// <summary>
/// One page of towns and projects, with the engine's drill-sideways facets by <see cref="SearchFacets"/> name.
/// <see cref="MatchedAllWords"/> is false when no town or project had every word and the page holds the best
/// partial matches (see <see cref="SearchResult.MatchedAllWords"/>).
/// </summary>
public sealed record TownsSearchResult(
    IReadOnlyList<TownsSearchHit> Items,
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public bool MatchedAllWords { get; init; } = true;

    public int TotalWords { get; init; }
}
