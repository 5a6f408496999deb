namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>
/// A meeting slot of the event (instants in UTC; shown in the event's time zone). Slots of one
/// event never overlap: the database refuses it (exclusion constraint ex_slots_no_overlap).
/// </summary>
public sealed class Slot
{
    private Slot()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The session it was generated from; null for a slot the organizer added by hand.</summary>
    public Guid? SessionId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public static Slot Create(Guid eventId, Guid? sessionId, DateTimeOffset startsAt, DateTimeOffset endsAt) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        SessionId = sessionId,
        StartsAt = startsAt.ToUniversalTime(),
        EndsAt = endsAt.ToUniversalTime(),
    };

    public void Move(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
    }
}
