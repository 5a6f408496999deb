namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// Why a match scored on one side, built only from the data of both parties (never invented): the
/// feature (a <see cref="MatchFeatures"/> key), its text in Chinese and English, and how many points
/// of that side's one-way score (0-1) it contributed.
/// </summary>
public sealed record MatchReason(MatchSide Side, string Feature, string Text, string TextEn, double Contribution);
