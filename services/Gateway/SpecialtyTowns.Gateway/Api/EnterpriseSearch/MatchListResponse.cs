namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>The answer of the matching routes: the items, best first.</summary>
public sealed record MatchListResponse<TItem>(IReadOnlyList<TItem> Items);
