using SpecialtyTowns.Search;

namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>
/// One page of enterprises or gaps, with the engine's drill-sideways facets by <see cref="SearchFacets"/> name.
/// <see cref="Partial"/> says that no result held every word and these are the best partial matches.
/// </summary>
public sealed record EnterprisesSearchResult(
    IReadOnlyList<EnterprisesSearchHit> Items,
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool Partial);
