namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>
/// A meeting exists once every party accepted. It is unscheduled until a booking or a published
/// schedule gives it a slot and a table; a cancelled meeting frees its place and is kept.
/// </summary>
public static class MeetingStatuses
{
    public const string Unscheduled = "unscheduled";
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
}
