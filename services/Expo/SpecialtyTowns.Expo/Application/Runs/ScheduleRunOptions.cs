namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>How the background worker runs schedule runs (configuration section <c>ScheduleRuns</c>).</summary>
public sealed class ScheduleRunOptions
{
    /// <summary>Progress and heartbeat are written this often while a run solves.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A running run whose heartbeat is older than this lost its process: it is resumed or failed.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A run is started at most this often; after that a lost run is marked failed, not resumed again.</summary>
    public int MaxAttempts { get; set; } = 2;

    /// <summary>How often the worker looks for queued and stale runs when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>False: this replica runs no schedule runs (they wait for one that does).</summary>
    public bool Enabled { get; set; } = true;
}
