using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A placed meeting lost its place by a booking change: it stays agreed, unscheduled.</summary>
[MessageUrn("specialtytowns:expo:meeting-unbooked:v1")]
[EntityName("specialtytowns.expo.meeting-unbooked.v1")]
public sealed record MeetingUnbooked(Guid EventId, Guid MeetingId, Guid SlotId, Guid TableId, IReadOnlyList<Guid> ParticipantIds, string UnbookedBy);
