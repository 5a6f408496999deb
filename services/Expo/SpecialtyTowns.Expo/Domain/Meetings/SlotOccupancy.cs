namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>
/// One thing (a participant, a table, an interpreter) taken by a placed meeting in a slot. Written
/// in the same transaction as the placement; unique indexes per kind on (slot, resource) make
/// PostgreSQL itself refuse a second meeting of the same participant, table or interpreter in a slot.
/// </summary>
public sealed class SlotOccupancy
{
    private SlotOccupancy()
    {
    }

    public Guid EventId { get; private set; }

    public Guid SlotId { get; private set; }

    /// <summary>One of <see cref="ResourceKinds"/>.</summary>
    public string ResourceKind { get; private set; } = string.Empty;

    public Guid ResourceId { get; private set; }

    public Guid MeetingId { get; private set; }

    public static SlotOccupancy Of(Guid eventId, Guid slotId, string resourceKind, Guid resourceId, Guid meetingId) => new()
    {
        EventId = eventId,
        SlotId = slotId,
        ResourceKind = resourceKind,
        ResourceId = resourceId,
        MeetingId = meetingId,
    };
}
