using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

public sealed record SchedulerOptions
{
    public static SchedulerOptions Default { get; } = new();

    /// <summary>Wall-clock budget for the whole run, search and reporting included.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CP-SAT workers; at least two so both cores of the expo's machines are used.</summary>
    public int Workers { get; init; } = Math.Max(2, Environment.ProcessorCount);

    public int RandomSeed { get; init; } = 1;

    /// <summary>Share of the search time spent maximising weight before idle slots and moves are minimised.</summary>
    public double WeightPhaseShare { get; init; } = 0.6;

    /// <summary>
    /// When CP-SAT stops without proving optimality, also solve the LP relaxation (GLOP) and report the smaller bound.
    /// Costs time outside the search on very large instances.
    /// </summary>
    public bool LinearRelaxationBound { get; init; } = true;

    /// <summary>Extra CP-SAT parameters in its text format (e.g. "log_search_progress:true"), appended last so they win.</summary>
    public string? SolverParameters { get; init; } = Environment.GetEnvironmentVariable("EXPO_SCHEDULE_CPSAT_PARAMETERS");

    /// <summary>
    /// Above this many slot variables one CP-SAT model cannot improve in time, so neighbourhood search (CP-SAT on
    /// small parts) and local search take over while the LP bound is computed in parallel.
    /// </summary>
    public long LargeModelVariables { get; init; } = 150_000;

    /// <summary>Skip CP-SAT and return the constructive schedule (for comparisons and very tight budgets).</summary>
    public bool GreedyOnly { get; init; }

    /// <summary>
    /// Told the best weight and bound at each phase boundary and at each better CP-SAT solution, from the solver's
    /// threads: a background run stores these points for the organizer's live chart. Null: nothing is reported.
    /// </summary>
    public IProgress<ScheduleProgress>? Progress { get; init; }
}
