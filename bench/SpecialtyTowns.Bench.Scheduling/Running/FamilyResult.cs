namespace SpecialtyTowns.Bench.Scheduling.Running;

public sealed record FamilyResult
{
    public string Family { get; init; } = "";

    public int Meetings { get; init; }

    public long TotalWeight { get; init; }

    public long Weight { get; init; }

    /// <summary>The bound the scheduler itself proved (stats.upperBound).</summary>
    public long SolverBound { get; init; }

    /// <summary>LP relaxation (GLOP), computed outside the timed run; null if GLOP did not finish.</summary>
    public long? LpBound { get; init; }

    public bool Optimal { get; init; }

    public int IdleSlots { get; init; }

    public double Seconds { get; init; }

    /// <summary>When the weight was proven optimal, if it was.</summary>
    public double? ProvenSeconds { get; init; }

    public double PeakMegabytes { get; init; }

    public long GreedyWeight { get; init; }

    public long FirstFitWeight { get; init; }

    public int FirstFitIdleSlots { get; init; }

    public double FirstFitSeconds { get; init; }

    public bool Valid { get; init; }

    /// <summary>One-minute load average when the run ended: the machine is shared, so this says how much of it the run had.</summary>
    public double LoadAverage { get; init; }

    public long BestBound => Math.Min(SolverBound, LpBound ?? long.MaxValue);
}
