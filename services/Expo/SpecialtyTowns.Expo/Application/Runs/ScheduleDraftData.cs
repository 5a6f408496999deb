using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// A run's draft as stored (JSON in schedule_runs.result): the solver's schedule, the meetings the instance
/// left out and why, and the fingerprint of the data it was computed from.
/// </summary>
public sealed record ScheduleDraftData
{
    public string Fingerprint { get; init; } = string.Empty;

    public int Meetings { get; init; }

    public Schedule Schedule { get; init; } = new();

    public IReadOnlyList<UnscheduledMeeting> Excluded { get; init; } = [];

    /// <summary>Meetings placed before the run that it keeps, moves or drops (the rest of its placements are new).</summary>
    public IReadOnlyList<string> PreviouslyPlaced { get; init; } = [];
}
