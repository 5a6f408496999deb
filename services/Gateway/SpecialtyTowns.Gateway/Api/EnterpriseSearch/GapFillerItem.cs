namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>An enterprise of another town that could fill the gap (<c>id</c> is the enterprise's), best first.</summary>
public sealed record GapFillerItem(string Id, string Name, string? NameEn, string TownId, string TownName, bool Leading, double Score, IReadOnlyList<MatchReasonItem> Reasons);
