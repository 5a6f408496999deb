namespace SpecialtyTowns.Expo.Domain.Requests;

/// <summary>
/// An unanswered request does not wait forever: it expires the event's expiry hours after it was
/// sent or last countered, and the parties who still must answer are reminded once before.
/// </summary>
public static class RequestExpiry
{
    public static DateTimeOffset ExpiresAt(DateTimeOffset now, int expiryHours) => now.AddHours(expiryHours);

    public static bool IsExpired(MeetingRequest request, DateTimeOffset now) =>
        RequestStatuses.IsOpen(request.Status) && request.ExpiresAt <= now;

    public static bool IsReminderDue(MeetingRequest request, int reminderHoursBefore, DateTimeOffset now) =>
        RequestStatuses.IsOpen(request.Status)
        && request.RemindedAt is null
        && request.ExpiresAt.AddHours(-reminderHoursBefore) <= now
        && !IsExpired(request, now);
}
