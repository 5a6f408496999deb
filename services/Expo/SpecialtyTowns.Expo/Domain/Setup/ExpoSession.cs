namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>
/// A block of meetings on one day of the event, in the event's time zone: meetings of
/// <see cref="MeetingMinutes"/> follow each other with <see cref="BreakMinutes"/> between them
/// from <see cref="StartsAt"/> until the next would end after <see cref="EndsAt"/>. Slots are
/// generated from it and can then be edited one by one.
/// </summary>
public sealed class ExpoSession
{
    private ExpoSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public DateOnly Day { get; private set; }

    public TimeOnly StartsAt { get; private set; }

    public TimeOnly EndsAt { get; private set; }

    public int MeetingMinutes { get; private set; }

    public int BreakMinutes { get; private set; }

    public string? Name { get; private set; }

    public string? NameEn { get; private set; }

    public static ExpoSession Create(Guid eventId, DateOnly day, TimeOnly startsAt, TimeOnly endsAt, int meetingMinutes, int breakMinutes, string? name, string? nameEn) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        Day = day,
        StartsAt = startsAt,
        EndsAt = endsAt,
        MeetingMinutes = meetingMinutes,
        BreakMinutes = breakMinutes,
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim(),
    };
}
