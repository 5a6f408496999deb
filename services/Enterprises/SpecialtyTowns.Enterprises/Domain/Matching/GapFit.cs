namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>How well an enterprise could fill a gap: the score (the sum of the reasons' weights) and the reasons.</summary>
public sealed record GapFit(GapNeed Gap, EnterpriseOffer Enterprise, double Score, IReadOnlyList<MatchReason> Reasons);
