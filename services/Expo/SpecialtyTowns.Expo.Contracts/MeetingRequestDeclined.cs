using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A party declined a request, which is closed.</summary>
[MessageUrn("specialtytowns:expo:meeting-request-declined:v1")]
[EntityName("specialtytowns.expo.meeting-request-declined.v1")]
public sealed record MeetingRequestDeclined(Guid RequestId, Guid EventId, Guid ParticipantId, string? Reason, DateTimeOffset At);
