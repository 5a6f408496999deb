using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>The sender withdrew its pending request.</summary>
[MessageUrn("specialtytowns:expo:meeting-request-cancelled:v1")]
[EntityName("specialtytowns.expo.meeting-request-cancelled.v1")]
public sealed record MeetingRequestCancelled(Guid RequestId, Guid EventId, Guid ParticipantId, DateTimeOffset At);
