namespace SpecialtyTowns.Expo.Domain.Standby;

/// <summary>A candidate's two-sided match with the partner of a freed place: the score (0-100) and each side's strongest reason.</summary>
public sealed record StandbyCandidateMatch(double Score, string Reason, string ReasonEn);
