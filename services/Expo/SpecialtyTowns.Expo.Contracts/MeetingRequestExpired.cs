using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A request nobody finished answering expired.</summary>
[MessageUrn("specialtytowns:expo:meeting-request-expired:v1")]
[EntityName("specialtytowns.expo.meeting-request-expired.v1")]
public sealed record MeetingRequestExpired(Guid RequestId, Guid EventId, DateTimeOffset At);
