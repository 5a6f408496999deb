namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>
/// One reason a gap and an enterprise fit: the kind (<see cref="MatchReasonKinds"/>), the enterprise's value that
/// matched, the gap's words it matched, the reason in Chinese and English, and its share of the score.
/// </summary>
public sealed record MatchReason(string Kind, string Matched, string Against, string Text, string TextEn, double Weight);
