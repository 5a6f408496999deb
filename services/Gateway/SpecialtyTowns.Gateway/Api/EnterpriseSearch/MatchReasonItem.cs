namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// Why a gap and an enterprise fit: <c>kind</c> (product, capability, capacity, industry, text), the enterprise's
/// <c>matched</c> value, the gap's words it matched (<c>against</c>), the reason in Chinese and English, its share of the score.
/// </summary>
public sealed record MatchReasonItem(string Kind, string Matched, string Against, string Text, string TextEn, double Weight);
