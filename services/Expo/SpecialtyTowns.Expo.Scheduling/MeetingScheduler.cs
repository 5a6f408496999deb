using System.Diagnostics;
using SpecialtyTowns.Expo.Scheduling.Explaining;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Scheduling;

/// <summary>
/// Schedules an expo's meetings: constructive start, CP-SAT for weight then moves and idle slots, tables and
/// interpreters assigned, a reason for every unscheduled meeting and, when a previous schedule is given, a report of
/// every meeting that moved or lost its place.
/// </summary>
public sealed class MeetingScheduler(SchedulerOptions? options = null)
{
    private readonly SchedulerOptions _options = options ?? SchedulerOptions.Default;

    public Task<Schedule> SolveAsync(Instance instance, Schedule? previous = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Solve(instance, previous, cancellationToken), cancellationToken);

    /// <exception cref="InstanceException">The instance is malformed or contradicts itself.</exception>
    public Schedule Solve(Instance instance, Schedule? previous = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var problem = InstanceValidator.Compile(instance);
        var before = previous is null ? null : new PreviousPlacements(problem, previous);
        var occupancy = GreedyScheduler.Build(problem, before);
        var greedyWeight = occupancy.Weight();
        var bound = Enumerable.Range(0, problem.MeetingCount).Where(m => problem.CandidateSlots[m].Length > 0).Sum(m => (long)problem.Weight[m]);
        Report("greedy", clock, greedyWeight, bound);
        var optimal = false;
        TimeSpan? proven = null;
        var budget = _options.TimeLimit - TimeSpan.FromSeconds(Math.Min(1.0, 0.05 * _options.TimeLimit.TotalSeconds));
        if (!_options.GreedyOnly && problem.CandidateSlots.Sum(c => (long)c.Length) > _options.LargeModelVariables)
        {
            bound = Math.Min(bound, SearchLarge(problem, occupancy, before, budget - clock.Elapsed, cancellationToken) ?? bound);
            Report("neighbourhood", clock, occupancy.Weight(), bound);
        }
        else if (!_options.GreedyOnly)
        {
            // The bound first: local search then stops as soon as it reaches it, and the proof is timed there.
            var certificate = _options.LinearRelaxationBound ? LinearRelaxationBound.Solve(problem, (budget - clock.Elapsed) * 0.2) : null;
            var lp = certificate?.Bound;
            bound = Math.Min(bound, lp ?? bound);
            Report("bound", clock, occupancy.Weight(), bound);
            var movable = Movable(before);
            var improver = new LocalImprover(problem, occupancy, _options.RandomSeed, movable);
            ImproveQuickly(problem, occupancy, improver, (budget - clock.Elapsed) * 0.15, bound, cancellationToken);
            if (certificate is not null && before is null && occupancy.Weight() < bound)
            {
                (occupancy, improver) = StartFromLp(problem, certificate, occupancy, improver, (budget - clock.Elapsed) * 0.15, bound, cancellationToken);
            }

            Report("local", clock, occupancy.Weight(), bound);
            if (occupancy.Weight() >= bound)
            {
                proven = clock.Elapsed;
            }

            improver.ImproveIdle((budget - clock.Elapsed) * 0.05, cancellationToken);

            if (occupancy.Weight() >= bound && before is null && occupancy.IdleSlots() == 0)
            {
                optimal = true;
            }
            else
            {
                var searchStart = clock.Elapsed;
                var weightBound = bound;
                var result = new CpSatScheduler(problem, _options).Solve(
                    occupancy,
                    before,
                    bound,
                    (budget - clock.Elapsed) * 0.9,
                    cancellationToken,
                    (schedule, time) => new NeighbourhoodSearch(problem, schedule, _options, before is not null).Run(time, weightBound, cancellationToken),
                    certificate);
                bound = Math.Min(bound, result.UpperBound);
                optimal = result.Optimal;
                proven ??= searchStart + result.ProvenAfter;
                if (result.SlotOf is not null)
                {
                    occupancy = PlacementBuilder.Build(problem, result, before);
                }

                // CP-SAT may stop before its idle phase converges; cheap single-meeting moves finish the job.
                new LocalImprover(problem, occupancy, _options.RandomSeed, movable).ImproveIdle(budget - clock.Elapsed, cancellationToken);
            }
        }

        GreedyScheduler.Fill(problem, occupancy, before);
        var weight = occupancy.Weight();
        Report("done", clock, weight, Math.Max(weight, bound));

        // A bound below a valid schedule would be a bug somewhere; then claim nothing rather than a false optimum.
        if (bound < weight)
        {
            bound = problem.TotalWeight();
            optimal = false;
        }

        var schedule = Compose(problem, occupancy, previous);
        schedule = schedule with
        {
            Stats = schedule.Stats with
            {
                ScheduledWeight = weight,
                UpperBound = bound,
                Optimal = optimal || weight == bound,
                GreedyWeight = greedyWeight,
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
                ProvenOptimalAfterSeconds = optimal || weight == bound ? Math.Round((proven ?? clock.Elapsed).TotalSeconds, 3) : null,
            },
        };
        var violations = new ScheduleValidator().Validate(instance, schedule);
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("internal error, the schedule breaks " + violations[0]);
        }

        return schedule;
    }

    /// <summary>
    /// The LP's own choice of meetings, improved the same way, is often the better start (popular hosts). Its slots ignore
    /// idle slots, so the same meetings are placed again by the constructive start, which minds them, and that is kept
    /// when it holds the weight.
    /// </summary>
    private (Occupancy, LocalImprover) StartFromLp(
        Problem problem, LagrangianBound certificate, Occupancy current, LocalImprover improver, TimeSpan budget, long bound, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var rounded = LpRounding.Build(problem, certificate);
        ImproveQuickly(problem, rounded, new LocalImprover(problem, rounded, _options.RandomSeed, Movable(null)), budget * 0.5, bound, cancellationToken);
        if (rounded.Weight() <= current.Weight())
        {
            return (current, improver);
        }

        var placed = GreedyScheduler.Build(problem, null, rounded.IsPlaced);
        var placedImprover = new LocalImprover(problem, placed, _options.RandomSeed, Movable(null));
        ImproveQuickly(problem, placed, placedImprover, budget - clock.Elapsed, bound, cancellationToken);
        return placed.Weight() >= rounded.Weight()
            ? (placed, placedImprover)
            : (rounded, new LocalImprover(problem, rounded, _options.RandomSeed, Movable(null)));
    }

    /// <summary>Local search, Kempe chains, then local search again: cheap moves that take a start most of the way.</summary>
    private void ImproveQuickly(Problem problem, Occupancy occupancy, LocalImprover improver, TimeSpan budget, long bound, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        improver.ImproveWeight(budget * 0.4, cancellationToken, bound);
        new KempeChains(problem, occupancy, _options.RandomSeed).Improve(budget * 0.8 - clock.Elapsed, cancellationToken, bound);
        improver.ImproveWeight(budget - clock.Elapsed, cancellationToken, bound);
    }

    private void Report(string phase, Stopwatch clock, long weight, long bound) =>
        _options.Progress?.Report(new ScheduleProgress(phase, clock.Elapsed, weight, bound));

    /// <summary>In an incremental run only meetings that already left their previous slot may move for fewer idle slots.</summary>
    private static Func<int, int, bool> Movable(PreviousPlacements? before) =>
        before is null ? (_, _) => true : (meeting, slot) => before.SlotOf[meeting] != slot;

    /// <summary>Neighbourhood and local search while the LP bound is computed alongside.</summary>
    private long? SearchLarge(Problem problem, Occupancy occupancy, PreviousPlacements? before, TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var lp = _options.LinearRelaxationBound
            ? Task.Run(() => LinearRelaxationBound.Compute(problem, budget * 0.9), CancellationToken.None)
            : Task.FromResult<long?>(null);
        var improver = new LocalImprover(problem, occupancy, _options.RandomSeed, Movable(before));
        improver.ImproveWeight(budget * 0.1, cancellationToken);
        var bound = Enumerable.Range(0, problem.MeetingCount).Where(m => problem.CandidateSlots[m].Length > 0).Sum(m => (long)problem.Weight[m]);
        new NeighbourhoodSearch(problem, occupancy, _options, before is not null).Run(budget * 0.85 - clock.Elapsed, bound, cancellationToken);
        improver.ImproveIdle(budget - clock.Elapsed, cancellationToken, swaps: false);
        var remaining = budget - clock.Elapsed;
        return lp.Wait(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, CancellationToken.None) ? lp.Result : null;
    }

    private static Schedule Compose(Problem problem, Occupancy occupancy, Schedule? previous)
    {
        var explainer = new UnscheduledExplainer(problem, occupancy);
        var assignments = Enumerable.Range(0, problem.MeetingCount)
            .Where(occupancy.IsPlaced)
            .OrderBy(m => occupancy.SlotOf[m])
            .ThenBy(m => occupancy.TableOf[m])
            .Select(m => new Assignment
            {
                Meeting = problem.MeetingIds[m],
                Slot = problem.SlotIds[occupancy.SlotOf[m]],
                Table = problem.TableIds[occupancy.TableOf[m]],
                Interpreter = occupancy.InterpreterOf[m] == Problem.None ? null : problem.ParticipantIds[occupancy.InterpreterOf[m]],
            })
            .ToList();
        var unscheduled = Enumerable.Range(0, problem.MeetingCount)
            .Where(m => !occupancy.IsPlaced(m))
            .Select(m => new UnscheduledMeeting { Meeting = problem.MeetingIds[m], Reason = explainer.Explain(m) })
            .ToList();
        var changes = previous is null ? null : new ChangeReporter(problem, occupancy, explainer).Report(previous);
        return new Schedule
        {
            Assignments = assignments,
            Unscheduled = unscheduled,
            Changes = changes,
            Stats = new ScheduleStats
            {
                ScheduledMeetings = assignments.Count,
                UnscheduledMeetings = unscheduled.Count,
                IdleSlots = occupancy.IdleSlots(),
                Moved = changes?.Count(c => c.Change == ChangeKinds.Moved),
                Dropped = changes?.Count(c => c.Change != ChangeKinds.Moved),
            },
        };
    }
}
