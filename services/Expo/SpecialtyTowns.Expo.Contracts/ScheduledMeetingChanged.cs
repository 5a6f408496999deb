using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// A published schedule changed a meeting's place: "placed" (it had none), "moved" or "unscheduled"
/// (it lost its place; <see cref="Reason"/> says why). Slot, table and start are those after the change.
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
    string? Reason);
