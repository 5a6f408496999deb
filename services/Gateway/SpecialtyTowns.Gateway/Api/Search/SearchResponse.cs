namespace SpecialtyTowns.Gateway.Api.Search;

/// <summary>
/// One page of a search. <c>partial</c> is true when nothing matched every word of <c>q</c>: the items, total and
/// facets are then the best partial matches, most matched words first (each item's <c>matchedWords</c> of
/// <c>totalWords</c>).
/// </summary>
public sealed record SearchResponse(
    IReadOnlyList<SearchItem> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool Partial = false,
    int TotalWords = 0);
