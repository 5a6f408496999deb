using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A participant withdrew its registration; its meetings were cancelled (listed).</summary>
[MessageUrn("specialtytowns:expo:participant-withdrew:v1")]
[EntityName("specialtytowns.expo.participant-withdrew.v1")]
public sealed record ParticipantWithdrew(Guid EventId, Guid ParticipantId, string Kind, Guid SubjectId, IReadOnlyList<Guid> CancelledMeetingIds);
