using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// Leads scored an approved expo participant against the event's other approved participants it can
/// be matched with (investor organisations against town delegations and enterprises). Expo keeps the
/// scores to offer a freed meeting place to the best two-sided match first. A later message for the
/// same pair replaces the earlier score.
/// </summary>
[MessageUrn("specialtytowns:leads:expo-matches-scored:v1")]
[EntityName("specialtytowns.leads.expo-matches-scored.v1")]
public sealed record ExpoMatchesScored(Guid EventId, Guid ParticipantId, IReadOnlyList<ExpoMatchScore> Scores, DateTimeOffset At);
