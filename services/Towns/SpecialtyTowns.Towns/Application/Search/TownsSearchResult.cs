using SpecialtyTowns.Search;

namespace SpecialtyTowns.Towns.Application.Search;

/// <summary>One page of towns and projects, with the engine's drill-sideways facets by <see cref="SearchFacets"/> name.</summary>
public sealed record TownsSearchResult(
    IReadOnlyList<TownsSearchHit> Items,
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
