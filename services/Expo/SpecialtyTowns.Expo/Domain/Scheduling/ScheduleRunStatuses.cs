namespace SpecialtyTowns.Expo.Domain.Scheduling;

/// <summary>
/// A run is queued, then running (with a heartbeat), then a draft to review, then published (in one
/// transaction) or discarded; a run whose process died is resumed or marked failed, never half-published.
/// </summary>
public static class ScheduleRunStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Discarded = "discarded";
    public const string Failed = "failed";
}
