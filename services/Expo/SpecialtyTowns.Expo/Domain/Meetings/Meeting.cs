using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>
/// A meeting every party agreed to. Placing it takes its parties, a table and (when it needs one)
/// an interpreter in a slot, as <see cref="SlotOccupancy"/> rows written in the same transaction;
/// the database refuses a collision. A placed meeting that is locked stays where it is in later
/// schedule runs until the organizer unlocks it.
/// </summary>
public sealed class Meeting
{
    private Meeting()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The request every party accepted; null for a meeting an organizer booked directly.</summary>
    public Guid? RequestId { get; private set; }

    /// <summary>One of <see cref="MeetingStatuses"/>.</summary>
    public string Status { get; private set; } = MeetingStatuses.Unscheduled;

    public Guid? SlotId { get; private set; }

    public Guid? TableId { get; private set; }

    public Guid? InterpreterId { get; private set; }

    /// <summary>The language the parties need interpreted; null when they share one.</summary>
    public string? InterpreterLanguage { get; private set; }

    /// <summary>The scheduler's weight (1 normal; more for meetings that matter more).</summary>
    public int Weight { get; private set; } = 1;

    /// <summary>A slot the parties agreed on in the request; the scheduler prefers it.</summary>
    public Guid? PreferredSlotId { get; private set; }

    public List<Guid> AttendeeIds { get; private set; } = [];

    public Guid? ProjectId { get; private set; }

    public Guid? GapId { get; private set; }

    public bool Locked { get; private set; }

    /// <summary>"booking" or "schedule": how it got its place.</summary>
    public string? PlacedBy { get; private set; }

    public DateTimeOffset? PlacedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>
    /// The iCalendar SEQUENCE: raised on every change of time or place (and on cancellation), never
    /// on other edits, so calendar apps replace their copy exactly when it matters.
    /// </summary>
    public int CalendarSequence { get; private set; }

    /// <summary>
    /// The slot and table of its latest place, kept when it is unplaced or cancelled, so that a
    /// calendar feed can still show the cancelled entry at the time the calendar app has it.
    /// </summary>
    public Guid? CalendarSlotId { get; private set; }

    public Guid? CalendarTableId { get; private set; }

    /// <summary>Optimistic concurrency: raised by every change of place or state.</summary>
    public int Version { get; private set; }

    public List<MeetingParty> Parties { get; private set; } = [];

    public List<SlotOccupancy> Occupancy { get; private set; } = [];

    public bool IsPlaced => SlotId is not null;

    /// <summary>Cancelled, or ended by a confirmed no-show: nothing places, schedules or books it again.</summary>
    public bool IsClosed => Status is MeetingStatuses.Cancelled or MeetingStatuses.NoShow;

    public static Meeting Create(
        Guid eventId,
        Guid? requestId,
        IEnumerable<Guid> participantIds,
        string? interpreterLanguage,
        Guid? preferredSlotId,
        IEnumerable<Guid> attendeeIds,
        Guid? projectId,
        Guid? gapId,
        int weight,
        DateTimeOffset now)
    {
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(),
            EventId = eventId,
            RequestId = requestId,
            InterpreterLanguage = interpreterLanguage,
            PreferredSlotId = preferredSlotId,
            AttendeeIds = attendeeIds.ToList(),
            ProjectId = projectId,
            GapId = gapId,
            Weight = weight,
            CreatedAt = now,
        };
        meeting.Parties.AddRange(participantIds.Distinct().Select(p => MeetingParty.Of(meeting.Id, p)));
        return meeting;
    }

    public IEnumerable<Guid> PartyIds => Parties.Select(p => p.ParticipantId);

    /// <summary>
    /// Puts the meeting in a slot at a table. Occupancy rows that stay the same are kept, so that
    /// a move within one save never inserts a key it also deletes. To swap two meetings' places,
    /// unplace both and save before placing them again (one transaction).
    /// </summary>
    /// <exception cref="BusinessRuleException">The meeting is cancelled, or needs an interpreter and none is given.</exception>
    public void Place(Guid slotId, Guid tableId, Guid? interpreterId, string placedBy, bool locked, DateTimeOffset now)
    {
        if (Status is MeetingStatuses.Cancelled or MeetingStatuses.NoShow)
        {
            throw new BusinessRuleException("meeting-cancelled", "A cancelled meeting cannot be placed");
        }

        if (InterpreterLanguage is not null && interpreterId is null)
        {
            throw new BusinessRuleException("interpreter-required", $"This meeting needs an interpreter for '{InterpreterLanguage}'");
        }

        var wanted = new List<SlotOccupancy>();
        wanted.AddRange(Parties.Select(p => SlotOccupancy.Of(EventId, slotId, ResourceKinds.Participant, p.ParticipantId, Id)));
        wanted.Add(SlotOccupancy.Of(EventId, slotId, ResourceKinds.Table, tableId, Id));
        if (interpreterId is { } interpreter)
        {
            wanted.Add(SlotOccupancy.Of(EventId, slotId, ResourceKinds.Interpreter, interpreter, Id));
        }

        if (SlotId != slotId || TableId != tableId)
        {
            CalendarSequence++;
        }

        Occupancy.RemoveAll(o => !wanted.Any(w => Same(w, o)));
        Occupancy.AddRange(wanted.Where(w => !Occupancy.Any(o => Same(w, o))));
        SlotId = slotId;
        TableId = tableId;
        CalendarSlotId = slotId;
        CalendarTableId = tableId;
        InterpreterId = interpreterId;
        Status = MeetingStatuses.Scheduled;
        PlacedBy = placedBy;
        PlacedAt = now;
        Locked = locked;
        Version++;
    }

    /// <summary>Frees its place (the meeting stays, unscheduled).</summary>
    public void Unplace()
    {
        if (IsPlaced)
        {
            CalendarSequence++;
        }

        Occupancy.Clear();
        SlotId = null;
        TableId = null;
        InterpreterId = null;
        PlacedBy = null;
        PlacedAt = null;
        Locked = false;
        if (Status == MeetingStatuses.Scheduled)
        {
            Status = MeetingStatuses.Unscheduled;
        }

        Version++;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        Unplace();
        Status = MeetingStatuses.Cancelled;
        CancelledAt = now;
        CancelReason = reason;
        CalendarSequence++;
    }

    /// <summary>
    /// A party's no-show was confirmed: the meeting keeps its slot and table as the record of what
    /// was planned, and frees everything it occupied so that a standby meeting can take the table.
    /// </summary>
    public void MarkNoShow(DateTimeOffset now)
    {
        if (Status != MeetingStatuses.Scheduled)
        {
            throw new BusinessRuleException("meeting-not-scheduled", "Only a scheduled meeting can be a no-show");
        }

        Occupancy.Clear();
        Status = MeetingStatuses.NoShow;
        CancelledAt = now;
        CancelReason = "no-show";
        CalendarSequence++;
        Version++;
    }

    /// <summary>The slot it shows at in calendars moved: calendar apps must replace their copy.</summary>
    public void CalendarTimeChanged() => CalendarSequence++;

    public void SetLocked(bool locked)
    {
        Locked = locked;
        Version++;
    }

    public void SetWeight(int weight)
    {
        Weight = weight;
        Version++;
    }

    private static bool Same(SlotOccupancy a, SlotOccupancy b) =>
        a.SlotId == b.SlotId && a.ResourceKind == b.ResourceKind && a.ResourceId == b.ResourceId;
}
