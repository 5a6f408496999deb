using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Scheduling;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>What a publish changed: meetings newly placed, moved, given another interpreter only, and unscheduled.</summary>
public sealed class PublishOutcome(ScheduleRun run, ScheduleDraftData draft)
{
    public ScheduleRun Run { get; } = run;

    public ScheduleDraftData Draft { get; } = draft;

    public List<Meeting> Placed { get; } = [];

    public List<Meeting> Moved { get; } = [];

    /// <summary>Same slot and table, another interpreter: re-placed, not reported as a move.</summary>
    public List<Meeting> Replaced { get; } = [];

    public List<Meeting> Unscheduled { get; } = [];
}
