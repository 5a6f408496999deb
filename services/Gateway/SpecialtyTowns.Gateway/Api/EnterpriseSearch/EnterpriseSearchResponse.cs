using SpecialtyTowns.Gateway.Api.Search;

namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>A page of enterprises or gaps; <c>partial</c> when no result holds every word and these are the best partial matches.</summary>
public sealed record EnterpriseSearchResponse(
    IReadOnlyList<EnterpriseSearchItem> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    bool Partial);
