namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record ScheduleStats
{
    public long ScheduledWeight { get; init; }

    /// <summary>Proven bound on the total weight; equals <see cref="ScheduledWeight"/> when the solver proved optimality.</summary>
    public long UpperBound { get; init; }

    public double Seconds { get; init; }

    /// <summary>When the weight was proven optimal; the rest of the run went to idle slots (and moves).</summary>
    public double? ProvenOptimalAfterSeconds { get; init; }

    public int ScheduledMeetings { get; init; }

    public int UnscheduledMeetings { get; init; }

    /// <summary>Sum over participants and days of the slots between their first and last meeting in which they have none.</summary>
    public int IdleSlots { get; init; }

    /// <summary>True when the weight is proven optimal.</summary>
    public bool Optimal { get; init; }

    /// <summary>Weight of the constructive start, kept to show what the exact search added.</summary>
    public long GreedyWeight { get; init; }

    public int? Moved { get; init; }

    public int? Dropped { get; init; }
}
