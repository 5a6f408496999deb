namespace SpecialtyTowns.Expo.Domain.CheckIn;

/// <summary>
/// A participant (or one of its attendees) checked in at the venue by the organizer's desk staff.
/// One per (participant, attendee): checking in again is answered with the first check-in.
/// </summary>
public sealed class VenueCheckIn
{
    private VenueCheckIn()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid ParticipantId { get; private set; }

    /// <summary>The attendee whose badge was scanned; null when the participant as a whole was checked in.</summary>
    public Guid? AttendeeId { get; private set; }

    /// <summary>One of <see cref="CheckInMethods"/>.</summary>
    public string Method { get; private set; } = CheckInMethods.Scan;

    public string CheckedInBy { get; private set; } = string.Empty;

    public DateTimeOffset CheckedInAt { get; private set; }

    public static VenueCheckIn Record(Guid eventId, Guid participantId, Guid? attendeeId, string method, string checkedInBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        ParticipantId = participantId,
        AttendeeId = attendeeId,
        Method = method,
        CheckedInBy = checkedInBy,
        CheckedInAt = now,
    };
}
