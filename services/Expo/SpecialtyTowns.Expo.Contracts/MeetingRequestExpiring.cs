using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A pending request expires soon; the parties that have not answered were reminded (once per request and round).</summary>
[MessageUrn("specialtytowns:expo:meeting-request-expiring:v1")]
[EntityName("specialtytowns.expo.meeting-request-expiring.v1")]
public sealed record MeetingRequestExpiring(Guid RequestId, Guid EventId, IReadOnlyList<Guid> WaitingParticipantIds, DateTimeOffset ExpiresAt, DateTimeOffset At);
