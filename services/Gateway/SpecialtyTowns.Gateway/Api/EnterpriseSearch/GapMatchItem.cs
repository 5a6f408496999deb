namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>A still-open gap of another town the enterprise could fill (<c>id</c> is the gap's), best first.</summary>
public sealed record GapMatchItem(string Id, string Title, string? TitleEn, string TownId, string TownName, double Score, IReadOnlyList<MatchReasonItem> Reasons);
