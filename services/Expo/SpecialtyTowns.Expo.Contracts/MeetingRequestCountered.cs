using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A party proposed other terms (the sender's counter is its edit); every other party is asked again.</summary>
[MessageUrn("specialtytowns:expo:meeting-request-countered:v1")]
[EntityName("specialtytowns.expo.meeting-request-countered.v1")]
public sealed record MeetingRequestCountered(Guid RequestId, Guid EventId, Guid ParticipantId, int Round, Guid? ProposedSlotId, string? InterpreterLanguage, DateTimeOffset ExpiresAt, DateTimeOffset At);
