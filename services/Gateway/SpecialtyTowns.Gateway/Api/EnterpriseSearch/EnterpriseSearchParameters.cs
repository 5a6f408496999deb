namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// Query string of <c>GET /api/v1/enterprises</c>: <c>q</c> (Chinese, English or mixed) and filters; facets are counted
/// over the matches with every filter but their own. <c>leading=true</c> keeps leading enterprises (龙头企业) only.
/// </summary>
public sealed record EnterpriseSearchParameters(
    string? Q,
    string? Industry,
    string? TownId,
    string? City,
    string? ChainPosition,
    string? Leading,
    string? Sort,
    int? Page,
    int? PageSize);
