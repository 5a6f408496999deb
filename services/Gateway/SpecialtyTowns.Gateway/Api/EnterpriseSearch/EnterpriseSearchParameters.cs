namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// Query string of the enterprise and gap search routes: <c>q</c> (Chinese, English or mixed) and filters; facets are
/// counted over the matches with every filter but their own. <c>leading</c> is for enterprises, <c>status</c> for gaps
/// (default: open and in talks).
/// </summary>
public sealed record EnterpriseSearchParameters(
    string? Q,
    string? Industry,
    string? TownId,
    string? City,
    string? ChainPosition,
    string? Leading,
    string? Status,
    string? Sort,
    int? Page,
    int? PageSize);
