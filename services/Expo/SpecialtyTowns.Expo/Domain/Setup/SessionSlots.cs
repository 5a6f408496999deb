using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>
/// The rules of a session and the slots it yields: a session lies on one of the event's days,
/// ends after it starts on the same day, and holds at least one meeting; meetings follow each
/// other with the break between them, and the last one ends no later than the session. Local
/// times become UTC instants in the event's time zone.
/// </summary>
public static class SessionSlots
{
    public const int MinMeetingMinutes = 5;
    public const int MaxMeetingMinutes = 240;
    public const int MaxBreakMinutes = 120;

    /// <exception cref="InvalidValueException">The session breaks a rule; the field says which value.</exception>
    public static void Ensure(ExpoEvent expoEvent, DateOnly day, TimeOnly startsAt, TimeOnly endsAt, int meetingMinutes, int breakMinutes)
    {
        if (day < expoEvent.StartsOn || day > expoEvent.EndsOn)
        {
            throw new InvalidValueException("day", $"must be a day of the event, {expoEvent.StartsOn:yyyy-MM-dd} to {expoEvent.EndsOn:yyyy-MM-dd}");
        }

        if (meetingMinutes is < MinMeetingMinutes or > MaxMeetingMinutes)
        {
            throw new InvalidValueException("meeting_minutes", $"must be between {MinMeetingMinutes} and {MaxMeetingMinutes}");
        }

        if (breakMinutes is < 0 or > MaxBreakMinutes)
        {
            throw new InvalidValueException("break_minutes", $"must be between 0 and {MaxBreakMinutes}");
        }

        if (endsAt <= startsAt)
        {
            throw new InvalidValueException("ends_at", "must be after starts_at on the same day");
        }

        if ((endsAt - startsAt).TotalMinutes < meetingMinutes)
        {
            throw new InvalidValueException("meeting_minutes", $"a meeting of {meetingMinutes} minutes does not fit between {startsAt:HH\\:mm} and {endsAt:HH\\:mm}");
        }
    }

    /// <summary>A slot set by hand: it ends after it starts, lasts a meeting's length at most, and lies on a day of the event (local time).</summary>
    /// <exception cref="InvalidValueException">The slot breaks a rule; the field says which value.</exception>
    public static void EnsureSlot(ExpoEvent expoEvent, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var day = DateOnly.FromDateTime(ToLocal(startsAt, expoEvent.TimeZone).DateTime);
        if (day < expoEvent.StartsOn || day > expoEvent.EndsOn)
        {
            throw new InvalidValueException("starts_at", $"must be on a day of the event, {expoEvent.StartsOn:yyyy-MM-dd} to {expoEvent.EndsOn:yyyy-MM-dd} ({expoEvent.TimeZone})");
        }

        var minutes = (endsAt - startsAt).TotalMinutes;
        if (minutes < MinMeetingMinutes || minutes > MaxMeetingMinutes)
        {
            throw new InvalidValueException("ends_at", $"must be {MinMeetingMinutes} to {MaxMeetingMinutes} minutes after starts_at");
        }
    }

    /// <summary>The slots of a session, as (start, end) UTC instants.</summary>
    public static IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Generate(ExpoSession session, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var slots = new List<(DateTimeOffset, DateTimeOffset)>();
        var end = session.Day.ToDateTime(session.EndsAt);
        for (var start = session.Day.ToDateTime(session.StartsAt);
             start.AddMinutes(session.MeetingMinutes) <= end;
             start = start.AddMinutes(session.MeetingMinutes + session.BreakMinutes))
        {
            slots.Add((ToInstant(start, zone), ToInstant(start.AddMinutes(session.MeetingMinutes), zone)));
        }

        return slots;
    }

    /// <summary>A local wall-clock time of the event as an instant (UTC).</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>An instant as the event's local time, with its offset.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
}
