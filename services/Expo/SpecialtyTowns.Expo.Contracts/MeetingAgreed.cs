using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>Every party accepted a request: the meeting exists, not yet placed in a slot.</summary>
[MessageUrn("specialtytowns:expo:meeting-agreed:v1")]
[EntityName("specialtytowns.expo.meeting-agreed.v1")]
public sealed record MeetingAgreed(Guid MeetingId, Guid RequestId, Guid EventId, IReadOnlyList<Guid> ParticipantIds, Guid? PreferredSlotId, string? InterpreterLanguage, DateTimeOffset At);
