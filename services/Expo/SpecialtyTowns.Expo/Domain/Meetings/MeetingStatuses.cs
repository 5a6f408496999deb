namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>
/// A meeting exists once every party accepted. It is unscheduled until a booking or a published
/// schedule gives it a slot and a table; a cancelled meeting frees its place and is kept. A meeting
/// whose party did not show (confirmed) keeps its slot and table as a record but frees what it
/// occupied, so that a standby refill can take the table.
/// </summary>
public static class MeetingStatuses
{
    public const string Unscheduled = "unscheduled";
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
    public const string NoShow = "no-show";
}
