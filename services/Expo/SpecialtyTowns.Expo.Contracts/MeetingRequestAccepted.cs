using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A party accepted a request's current terms (the meeting exists once every party has: MeetingAgreed).</summary>
[MessageUrn("specialtytowns:expo:meeting-request-accepted:v1")]
[EntityName("specialtytowns.expo.meeting-request-accepted.v1")]
public sealed record MeetingRequestAccepted(Guid RequestId, Guid EventId, Guid ParticipantId, int Round, DateTimeOffset At);
