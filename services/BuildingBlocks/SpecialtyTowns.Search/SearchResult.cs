namespace SpecialtyTowns.Search;

/// <summary>
/// One page of results. Each facet counts the documents that match the text and every filter
/// except that facet's own (drill-sideways), most frequent value first.
/// </summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Items,
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
