namespace SpecialtyTowns.Gateway.Api.Search;

public sealed record SearchResponse(IReadOnlyList<SearchItem> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
