namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// Query string of <c>GET /api/v1/chain-gaps</c>: as <see cref="EnterpriseSearchParameters"/>, with <c>status</c>
/// (open, in-talks, filled, withdrawn; none for open and in talks) instead of <c>leading</c>.
/// </summary>
public sealed record GapSearchParameters(
    string? Q,
    string? Industry,
    string? TownId,
    string? City,
    string? ChainPosition,
    string? Status,
    string? Sort,
    int? Page,
    int? PageSize);
