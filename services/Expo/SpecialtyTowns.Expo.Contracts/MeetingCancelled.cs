using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A meeting was cancelled by its organizer or a party; its place (if it had one) is free again.</summary>
[MessageUrn("specialtytowns:expo:meeting-cancelled:v1")]
[EntityName("specialtytowns.expo.meeting-cancelled.v1")]
public sealed record MeetingCancelled(Guid EventId, Guid MeetingId, Guid? SlotId, IReadOnlyList<Guid> ParticipantIds, string? Reason, string CancelledBy);
