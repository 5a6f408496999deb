using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// A published schedule changed a meeting's place: "placed" (it had none), "moved", "replaced" (same slot
/// and table, another interpreter) or "unscheduled" (it lost its place; <see cref="Reason"/> says why).
/// Slot, table, start and interpreter are those after the change (<see cref="InterpreterId"/> was added
/// later: null in messages from before).
/// </summary>
[MessageUrn("specialtytowns:expo:scheduled-meeting-changed:v1")]
[EntityName("specialtytowns.expo.scheduled-meeting-changed.v1")]
public sealed record ScheduledMeetingChanged(
    Guid MeetingId,
    Guid EventId,
    Guid RunId,
    string Change,
    Guid? SlotId,
    Guid? TableId,
    DateTimeOffset? StartsAt,
    IReadOnlyList<Guid> ParticipantIds,
    string? Reason,
    Guid? InterpreterId = null);
