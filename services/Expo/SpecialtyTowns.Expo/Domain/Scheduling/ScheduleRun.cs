namespace SpecialtyTowns.Expo.Domain.Scheduling;

/// <summary>
/// An organizer's scheduling run over the event's accepted meetings. The instance is built from the
/// database when it starts; progress (elapsed, best weight, bound) and the draft result are stored as
/// JSON so that any replica can answer for it and a restarted service can resume it.
/// </summary>
public sealed class ScheduleRun
{
    private ScheduleRun()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>One of <see cref="ScheduleRunStatuses"/>.</summary>
    public string Status { get; private set; } = ScheduleRunStatuses.Queued;

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public int TimeLimitSeconds { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>Written by the worker while it runs; a stale heartbeat means the worker died.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>JSON array of progress points {elapsedMs, bestWeight, bound}.</summary>
    public string Progress { get; private set; } = "[]";

    /// <summary>JSON of the draft: placements, unscheduled meetings and changes with reasons, stats.</summary>
    public string? Result { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public static ScheduleRun Queue(Guid eventId, string requestedBy, int timeLimitSeconds, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        RequestedBy = requestedBy,
        RequestedAt = now,
        TimeLimitSeconds = timeLimitSeconds,
    };

    public void Start(DateTimeOffset now)
    {
        Status = ScheduleRunStatuses.Running;
        StartedAt = now;
        HeartbeatAt = now;
        Attempts++;
        Progress = "[]";
    }

    public void Beat(string progressJson, DateTimeOffset now)
    {
        Progress = progressJson;
        HeartbeatAt = now;
    }

    public void Finish(string resultJson, string progressJson, DateTimeOffset now)
    {
        Status = ScheduleRunStatuses.Draft;
        Result = resultJson;
        Progress = progressJson;
        FinishedAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = ScheduleRunStatuses.Failed;
        Error = error;
        FinishedAt = now;
    }

    public void Requeue() => Status = ScheduleRunStatuses.Queued;

    public void Publish(string publishedBy, DateTimeOffset now)
    {
        Status = ScheduleRunStatuses.Published;
        PublishedBy = publishedBy;
        PublishedAt = now;
    }

    public void Discard(DateTimeOffset now)
    {
        Status = ScheduleRunStatuses.Discarded;
        FinishedAt ??= now;
    }
}
