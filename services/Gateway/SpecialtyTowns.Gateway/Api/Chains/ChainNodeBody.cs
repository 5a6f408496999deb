namespace SpecialtyTowns.Gateway.Api.Chains;

/// <summary>
/// A chain node (add, or replace with PUT): the chain it belongs to (e.g. 法兰), its <c>position</c>
/// (upstream, midstream, downstream), <c>status</c> (complete, weak, missing, broken), the town's
/// enterprises at it, the evidence for the status; <c>expectedVersion</c> the version a replace was made
/// on (absent or 0: no check).
/// </summary>
public sealed record ChainNodeBody(
    string? Chain,
    string? ChainEn,
    string? Position,
    string? Name,
    string? NameEn,
    IReadOnlyList<string>? Products,
    string? Status,
    IReadOnlyList<Guid>? EnterpriseIds,
    string? Evidence,
    int? SortOrder,
    int? ExpectedVersion);
