namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Schedule
{
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];

    public IReadOnlyList<UnscheduledMeeting> Unscheduled { get; init; } = [];

    /// <summary>Only for an incremental run: what happened to each meeting the previous schedule had placed.</summary>
    public IReadOnlyList<ScheduleChange>? Changes { get; init; }

    public ScheduleStats Stats { get; init; } = new();
}
