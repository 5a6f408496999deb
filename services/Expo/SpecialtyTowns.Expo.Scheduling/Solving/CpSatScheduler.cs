using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>Lexicographic CP-SAT search: weight first (hinted with the constructive schedule), then moves and idle slots.</summary>
internal sealed class CpSatScheduler(Problem problem, SchedulerOptions options)
{
    private const int None = Problem.None;

    /// <summary>The longest first try of the whole model before neighbourhood search takes over.</summary>
    private const double FirstTrySeconds = 2.5;

    /// <param name="knownBound">A proven bound (the LP's): CP-SAT stops as optimal as soon as it reaches it.</param>
    /// <param name="improve">
    /// Run between the phases when the first did not prove optimality: improves a schedule in place within a time budget.
    /// </param>
    public CpSatResult Solve(
        Occupancy start,
        PreviousPlacements? previous,
        long knownBound,
        TimeSpan budget,
        CancellationToken cancellationToken,
        Action<Occupancy, TimeSpan>? improve = null,
        LagrangianBound? certificate = null)
    {
        var clock = Stopwatch.StartNew();
        var model = new CpSatModel(problem);
        model.Proto.SolutionHint = Hint(model, start);
        model.Proto.Objective.Domain.Add(-Math.Max(knownBound, start.Weight()));
        model.Proto.Objective.Domain.Add(0);
        var closer = certificate is null ? null : new GapCloser(certificate, (m, s, c) => Run(m, s, c), problem);
        if (closer is not null && Enumerable.Range(0, problem.MeetingCount).All(m => !problem.IsFixed(m) || start.IsPlaced(m)))
        {
            // The start honours every fixed meeting, so the model is feasible and an infeasible restricted model is a proof.
            var (closedSolution, closedWeight, closedOptimal) = closer.Close(Vector(model, start), start.Weight(), knownBound, budget * 0.15, cancellationToken);
            if (closedOptimal)
            {
                return Finish(model, closedSolution, closedWeight, closedWeight, clock.Elapsed, previous, budget - clock.Elapsed, certificate, cancellationToken);
            }

            if (closedWeight > start.Weight())
            {
                start = PlacementBuilder.Build(problem, new CpSatResult(SlotsOf(model, closedSolution), Interpreting(model, closedSolution), knownBound, false), previous);
                model.Proto.SolutionHint = Hint(model, start);
            }
        }

        // With an improver at hand CP-SAT gets a short first try, at most a few seconds: when it cannot prove the weight
        // quickly, neighbourhood search on small sub-models improves faster than the full model does (on table-bound
        // instances it found in 2 s what the full model had not found in 5 s).
        var left = (budget - clock.Elapsed).TotalSeconds;
        var weightBudget = improve is null
            ? Math.Max(0.05, Math.Max(Math.Min(2.0, left * 0.5), left * options.WeightPhaseShare))
            : Math.Max(0.05, Math.Min(FirstTrySeconds, left * options.WeightPhaseShare / 6));
        var (status, solution, weight, bound) = Run(model, weightBudget, cancellationToken, knownBound);
        if (status == CpSolverStatus.Infeasible)
        {
            throw new InstanceException("the fixed meetings cannot all be honoured together (interpreters' maxMeetings or availability)");
        }

        if (status == CpSolverStatus.ModelInvalid)
        {
            throw new InvalidOperationException("CP-SAT rejected the model: " + model.Model.Validate());
        }

        var optimal = status == CpSolverStatus.Optimal;
        TimeSpan? provenAfter = optimal ? clock.Elapsed : null;
        var upperBound = optimal ? weight : Math.Min(bound, knownBound);
        if (solution is null || weight < start.Weight())
        {
            (solution, weight) = (Vector(model, start), start.Weight());
        }

        if (!optimal && improve is not null && weight < upperBound && !cancellationToken.IsCancellationRequested)
        {
            var improved = PlacementBuilder.Build(problem, new CpSatResult(SlotsOf(model, solution), Interpreting(model, solution), upperBound, false), previous);
            improve(improved, (budget - clock.Elapsed) * 0.75);
            provenAfter = improved.Weight() >= upperBound ? clock.Elapsed : null;
            (solution, weight) = (Vector(model, improved), improved.Weight());
        }

        if (!optimal && provenAfter is null && closer is not null && weight < upperBound && !cancellationToken.IsCancellationRequested)
        {
            (solution, weight, optimal) = closer.Close(solution, weight, upperBound, (budget - clock.Elapsed) * 0.5, cancellationToken);
            (upperBound, provenAfter) = optimal ? (weight, clock.Elapsed) : (upperBound, provenAfter);
        }

        return Finish(model, solution, weight, upperBound, provenAfter, previous, budget - clock.Elapsed, certificate, cancellationToken) with { Optimal = optimal };
    }

    /// <summary>The second phase: moves and idle slots at a weight kept at least as high; the certificate shrinks its model.</summary>
    private CpSatResult Finish(
        CpSatModel model,
        IReadOnlyList<long> solution,
        long weight,
        long upperBound,
        TimeSpan? provenAfter,
        PreviousPlacements? previous,
        TimeSpan budget,
        LagrangianBound? certificate,
        CancellationToken cancellationToken)
    {
        if (budget.TotalSeconds > 0.2 && !cancellationToken.IsCancellationRequested)
        {
            model.AddLinear(model.WeightVars(), model.WeightCoefficients(), weight, long.MaxValue / 4);
            certificate?.Fix(model.Proto, weight);
            if (SecondaryObjective.Apply(model, problem, previous, solution))
            {
                var (secondStatus, secondSolution, _, _) = Run(model, budget.TotalSeconds, cancellationToken);
                if (secondStatus is CpSolverStatus.Optimal or CpSolverStatus.Feasible && secondSolution is not null)
                {
                    solution = secondSolution;
                }
            }
        }

        return new CpSatResult(SlotsOf(model, solution), Interpreting(model, solution), upperBound, weight >= upperBound, provenAfter);
    }

    private (CpSolverStatus Status, IReadOnlyList<long>? Solution, long Objective, long Bound) Run(
        CpSatModel model, double seconds, CancellationToken cancellationToken, long? reportWithBound = null)
    {
        using var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{seconds:0.###} num_workers:{Math.Max(2, options.Workers)} random_seed:{options.RandomSeed} {options.SolverParameters}"),
        };
        using var registration = cancellationToken.Register(solver.StopSearch);
        // Only the weight phase reports: the later phases' objective is moves and idle slots, not weight.
        using var callback = options.Progress is { } progress && reportWithBound is { } known ? new ProgressCallback(progress, known) : null;
        var status = solver.Solve(model.Model, callback);
        var hasSolution = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var bound = ProvenBound(status, solver.BestObjectiveBound, problem.TotalWeight());
        return (status, hasSolution && solver.Response is { } response ? [.. response.Solution] : null, hasSolution ? (long)Math.Round(solver.ObjectiveValue) : 0, bound);
    }

    /// <summary>
    /// CP-SAT's bound on the weight, when it proves one: without a solution it may report the proto's default (0), which
    /// proves nothing, so the fallback (a bound known to hold) is used instead.
    /// </summary>
    internal static long ProvenBound(CpSolverStatus status, double bestObjectiveBound, long fallback) =>
        status is CpSolverStatus.Optimal or CpSolverStatus.Feasible && double.IsFinite(bestObjectiveBound)
            ? Math.Min(fallback, (long)Math.Floor(bestObjectiveBound + 1e-6))
            : fallback;

    /// <summary>A schedule as values of the model's variables, indexed like CP-SAT's own solutions.</summary>
    private long[] Vector(CpSatModel model, Occupancy schedule)
    {
        var hint = Hint(model, schedule);
        var values = new long[model.Proto.Variables.Count];
        for (var k = 0; k < hint.Vars.Count; k++)
        {
            values[hint.Vars[k]] = hint.Values[k];
        }

        return values;
    }

    private PartialVariableAssignment Hint(CpSatModel model, Occupancy start)
    {
        var hint = new PartialVariableAssignment();
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            for (var k = 0; k < model.X[m].Length; k++)
            {
                hint.Vars.Add(model.X[m][k]);
                hint.Values.Add(start.SlotOf[m] == model.Slots[m][k] ? 1 : 0);
            }
        }

        var working = new HashSet<(int, int, int)>();
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (start.InterpreterOf[m] != None)
            {
                working.Add((start.InterpreterOf[m], start.SlotOf[m], problem.Language[m]));
            }
        }

        foreach (var (key, variable) in model.Z)
        {
            hint.Vars.Add(variable);
            hint.Values.Add(working.Contains(key) ? 1 : 0);
        }

        return hint;
    }

    private int[] SlotsOf(CpSatModel model, IReadOnlyList<long> solution)
    {
        var slots = Enumerable.Repeat(None, problem.MeetingCount).ToArray();
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            for (var k = 0; k < model.X[m].Length; k++)
            {
                if (solution[model.X[m][k]] == 1)
                {
                    slots[m] = model.Slots[m][k];
                }
            }
        }

        return slots;
    }

    private static HashSet<(int Interpreter, int Slot, int Language)> Interpreting(CpSatModel model, IReadOnlyList<long> solution) =>
        [.. model.Z.Where(z => solution[z.Value] == 1).Select(z => z.Key)];
}
