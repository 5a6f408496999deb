namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// The two-sided match of two expo participants (an investor and a town delegation or an enterprise):
/// Score 0-100 combines the investor's and the town's one-way scores as the recommendations do
/// (docs/matching.md); Reason and ReasonEn give each side's strongest reason. A struct: the contracts
/// registry takes every public class of this assembly for an event, and this is none.
/// </summary>
public readonly record struct ExpoMatchScore(Guid ParticipantId, Guid OtherParticipantId, double Score, string Reason, string ReasonEn);
