using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Large-neighbourhood search for instances too big for one CP-SAT model: repeatedly frees the meetings of a few
/// participants around an unscheduled meeting, re-places them optimally with CP-SAT around everything else, and keeps
/// the result when it weighs more. The neighbourhood grows while CP-SAT proves each one quickly and shrinks when it
/// cannot, so steps stay short. Equal-weight results are accepted too (unless <paramref name="keepPlaces"/>): walking
/// the plateau reaches improvements that strictly improving steps never see.
/// </summary>
/// <param name="keepPlaces">In incremental runs only strictly heavier results are taken, so meetings do not move for nothing.</param>
internal sealed class NeighbourhoodSearch(Problem problem, Occupancy occupancy, SchedulerOptions options, bool keepPlaces)
{
    private const int None = Problem.None;
    private const int MinimumSize = 40;
    private const int MaximumSize = 3000;
    private const double StepSeconds = 0.5;
    private readonly Random _random = new(options.RandomSeed);
    private double _size = 200;

    /// <summary>Improves the weight until the budget is spent or the bound is reached; returns the weight gained.</summary>
    public long Run(TimeSpan budget, long bound, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var start = occupancy.Weight();
        while (!cancellationToken.IsCancellationRequested && occupancy.Weight() < bound)
        {
            var remaining = (budget - clock.Elapsed).TotalSeconds;
            if (remaining < 0.2)
            {
                break;
            }

            var bySlots = _random.Next(3) == 0;
            var released = bySlots ? SlotNeighbourhood() : Neighbourhood();
            if (released.Count == 0 && bySlots)
            {
                continue;
            }

            if (released.Count == 0)
            {
                break;
            }

            var proven = Step(released, Math.Min(StepSeconds, remaining), cancellationToken);
            _size = Math.Clamp(proven ? _size * 1.15 : _size * 0.7, MinimumSize, MaximumSize);
        }

        return occupancy.Weight() - start;
    }

    /// <summary>The meetings of the parties of a random unscheduled meeting and of their partners, about <see cref="_size"/> of them.</summary>
    private HashSet<int> Neighbourhood()
    {
        var waiting = Enumerable.Range(0, 8)
            .Select(_ => _random.Next(problem.MeetingCount))
            .Where(m => !occupancy.IsPlaced(m) && problem.CandidateSlots[m].Length > 0)
            .OrderByDescending(m => problem.Weight[m])
            .DefaultIfEmpty(None)
            .First();
        if (waiting == None)
        {
            waiting = Enumerable.Range(0, problem.MeetingCount).FirstOrDefault(m => !occupancy.IsPlaced(m) && problem.CandidateSlots[m].Length > 0, None);
        }

        var released = new HashSet<int>();
        if (waiting == None)
        {
            return released;
        }

        var frontier = new List<int>(problem.Parties[waiting]);
        var people = new HashSet<int>();
        while (frontier.Count > 0 && released.Count < _size)
        {
            var person = frontier[_random.Next(frontier.Count)];
            frontier.Remove(person);
            if (!people.Add(person))
            {
                continue;
            }

            foreach (var m in problem.MeetingsOfParticipant[person])
            {
                if (!problem.IsFixed(m) && problem.CandidateSlots[m].Length > 0 && released.Add(m))
                {
                    frontier.AddRange(problem.Parties[m].Where(p => !people.Contains(p)));
                }
            }
        }

        return released;
    }

    /// <summary>
    /// The meetings of two slots plus unscheduled meetings that could use them: lets CP-SAT swap whole groups of
    /// meetings between slots, which single-participant neighbourhoods cannot.
    /// </summary>
    private HashSet<int> SlotNeighbourhood()
    {
        var first = _random.Next(problem.SlotCount);
        var second = _random.Next(problem.SlotCount);
        var released = new HashSet<int>();
        var waiting = new List<int>();
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (problem.IsFixed(m))
            {
                continue;
            }

            if (occupancy.SlotOf[m] == first || occupancy.SlotOf[m] == second)
            {
                released.Add(m);
            }
            else if (!occupancy.IsPlaced(m) && (problem.CandidateSlots[m].Contains(first) || problem.CandidateSlots[m].Contains(second)))
            {
                waiting.Add(m);
            }
        }

        var placedShare = Math.Min(1.0, _size / Math.Max(1.0, released.Count + waiting.Count));
        released.RemoveWhere(_ => _random.NextDouble() > placedShare);
        released.UnionWith(waiting.Where(_ => _random.NextDouble() <= placedShare));
        return released;
    }

    /// <summary>Re-places the released meetings; returns whether CP-SAT finished (proved its sub-problem) in time.</summary>
    private bool Step(HashSet<int> released, double seconds, CancellationToken cancellationToken)
    {
        var saved = released.Where(occupancy.IsPlaced)
            .Select(m => (Meeting: m, Slot: occupancy.SlotOf[m], Table: occupancy.TableOf[m], Interpreter: occupancy.InterpreterOf[m]))
            .ToList();
        var before = saved.Sum(s => (long)problem.Weight[s.Meeting]);
        saved.ForEach(s => occupancy.Remove(s.Meeting));
        var model = new CpSatModel(problem, occupancy, released);
        model.Proto.SolutionHint = Hint(model, saved);
        using var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{seconds:0.###} num_workers:{Math.Max(2, options.Workers)} random_seed:{_random.Next(1000)}"),
        };
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model.Model);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible && solver.ObjectiveValue > before + (keepPlaces ? 0.5 : -0.5) && solver.Response is { } response)
        {
            var slotOf = Enumerable.Repeat(None, problem.MeetingCount).ToArray();
            foreach (var m in released)
            {
                for (var k = 0; k < model.X[m].Length; k++)
                {
                    slotOf[m] = response.Solution[model.X[m][k]] == 1 ? model.Slots[m][k] : slotOf[m];
                }
            }

            var pool = PlacementBuilder.Pool(model.Z.Where(z => response.Solution[z.Value] == 1).Select(z => z.Key).ToHashSet());
            PlacementBuilder.Apply(problem, occupancy, released, slotOf, pool, null);
        }
        else
        {
            saved.ForEach(s => occupancy.Place(s.Meeting, s.Slot, s.Table, s.Interpreter));
        }

        return status is CpSolverStatus.Optimal;
    }

    private PartialVariableAssignment Hint(CpSatModel model, List<(int Meeting, int Slot, int Table, int Interpreter)> saved)
    {
        var slotOf = saved.ToDictionary(s => s.Meeting, s => s.Slot);
        var working = saved.Where(s => s.Interpreter != None).Select(s => (s.Interpreter, s.Slot, problem.Language[s.Meeting])).ToHashSet();
        var hint = new PartialVariableAssignment();
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            for (var k = 0; k < model.X[m].Length; k++)
            {
                hint.Vars.Add(model.X[m][k]);
                hint.Values.Add(slotOf.TryGetValue(m, out var slot) && slot == model.Slots[m][k] ? 1 : 0);
            }
        }

        foreach (var (key, variable) in model.Z)
        {
            hint.Vars.Add(variable);
            hint.Values.Add(working.Contains(key) ? 1 : 0);
        }

        return hint;
    }
}
