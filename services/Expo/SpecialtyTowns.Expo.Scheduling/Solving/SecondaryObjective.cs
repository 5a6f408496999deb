using Google.OrTools.Sat;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Second phase objective, minimised once the weight is held at its best: moves away from the previous schedule first,
/// then idle slots. Moves are scaled above the largest possible idle total so no idle slot is ever bought with a move.
/// Idle per participant and day is (last - first + 1) - meetings, with first/last bounded by the busy slots.
/// </summary>
internal static class SecondaryObjective
{
    private const int None = Problem.None;

    /// <summary>Adds the terms and returns false when there is nothing left to improve (no idle possible, no moves).</summary>
    public static bool Apply(CpSatModel model, Problem problem, PreviousPlacements? previous, IReadOnlyList<long> solution)
    {
        var vars = new List<int>();
        var coefficients = new List<long>();
        var hint = new Dictionary<int, long>();
        var idleScale = AddIdleTerms(model, problem, solution, vars, coefficients, hint);
        var moveTerms = previous is null ? 0 : AddMoveTerms(model, problem, previous, idleScale + 1, vars, coefficients);
        if (vars.Count == 0)
        {
            return false;
        }

        // A meeting's literal can stand for several parties' busy slots and for a move, so terms are merged per variable.
        var merged = new SortedDictionary<int, long>();
        for (var t = 0; t < vars.Count; t++)
        {
            merged[vars[t]] = merged.GetValueOrDefault(vars[t]) + coefficients[t];
        }

        var objective = new CpObjectiveProto { ScalingFactor = 1 };
        foreach (var (v, c) in merged.Where(term => term.Value != 0))
        {
            objective.Vars.Add(v);
            objective.Coeffs.Add(c);
        }

        model.Proto.Objective = objective;
        var assignment = new PartialVariableAssignment();
        for (var v = 0; v < solution.Count; v++)
        {
            assignment.Vars.Add(v);
            assignment.Values.Add(solution[v]);
        }

        foreach (var (v, value) in hint)
        {
            assignment.Vars.Add(v);
            assignment.Values.Add(value);
        }

        model.Proto.SolutionHint = assignment;
        return idleScale > 0 || moveTerms > 0;
    }

    private static long AddIdleTerms(
        CpSatModel model, Problem problem, IReadOnlyList<long> solution, List<int> vars, List<long> coefficients, Dictionary<int, long> hint)
    {
        long scale = 0;
        for (var p = 0; p < problem.ParticipantCount; p++)
        {
            foreach (var daySlots in problem.DaySlots)
            {
                var positions = Enumerable.Range(0, daySlots.Length).Where(k => model.LiteralsAt(p, daySlots[k]).Count > 0).ToList();
                if (positions.Count < 2)
                {
                    continue;
                }

                var n = daySlots.Length;
                var first = model.NewInt(0, n - 1);
                var last = model.NewInt(-1, n - 1);
                model.AddLinear([last, first], [1, -1], -1, n);
                int firstHint = None, lastHint = None;
                foreach (var k in positions)
                {
                    var busy = BusyLiteral(model, model.LiteralsAt(p, daySlots[k]), solution, hint);
                    model.AddLinear([first], [1], 0, k, busy);
                    model.AddLinear([last], [1], k, n, busy);
                    vars.Add(busy);
                    coefficients.Add(-1);
                    if (Value(busy, solution, hint) == 1)
                    {
                        firstHint = firstHint == None ? k : firstHint;
                        lastHint = k;
                    }
                }

                vars.Add(last);
                coefficients.Add(1);
                vars.Add(first);
                coefficients.Add(-1);
                hint[first] = firstHint == None ? 0 : firstHint;
                hint[last] = lastHint == None ? -1 : lastHint;
                scale += n;
            }
        }

        return scale;
    }

    private static int BusyLiteral(CpSatModel model, IReadOnlyList<int> literals, IReadOnlyList<long> solution, Dictionary<int, long> hint)
    {
        if (literals.Count == 1)
        {
            return literals[0];
        }

        var busy = model.NewBool();
        model.AddLinear([.. literals, busy], [.. literals.Select(_ => 1L), -1], 0, 0);
        hint[busy] = literals.Sum(l => solution[l]);
        return busy;
    }

    private static long Value(int variable, IReadOnlyList<long> solution, Dictionary<int, long> hint) =>
        variable < solution.Count ? solution[variable] : hint[variable];

    private static int AddMoveTerms(
        CpSatModel model, Problem problem, PreviousPlacements previous, long scale, List<int> vars, List<long> coefficients)
    {
        var terms = 0;
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            var k = previous.SlotOf[m] == None ? -1 : Array.IndexOf(model.Slots[m], previous.SlotOf[m]);
            if (k >= 0 && !problem.IsFixed(m))
            {
                vars.Add(model.X[m][k]);
                coefficients.Add(-scale);
                terms++;
            }
        }

        return terms;
    }
}
