using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A participant asked one or more others to meet (Source "match": from a recommendation).</summary>
[MessageUrn("specialtytowns:expo:meeting-request-sent:v1")]
[EntityName("specialtytowns.expo.meeting-request-sent.v1")]
public sealed record MeetingRequestSent(Guid RequestId, Guid EventId, Guid FromParticipantId, IReadOnlyList<Guid> ToParticipantIds, string Source, DateTimeOffset ExpiresAt, DateTimeOffset At);
