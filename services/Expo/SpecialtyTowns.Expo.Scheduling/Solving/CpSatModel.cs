using Google.OrTools.Sat;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// The CP-SAT model: x[m,s] = meeting m in slot s. Tables are not modelled one by one: per slot, Hall's condition on the
/// nested sets "meetings needing at least k seats" is exactly what a table assignment needs, and the tables are assigned
/// afterwards by best fit. Interpreters are z[i,s,l] = interpreter i works language l in slot s, which keeps their
/// availability, languages and maxMeetings exact without a variable per meeting and interpreter.
/// Constraints are written straight into the proto because the expression API is too slow for 400k variables.
/// With a frozen schedule the model covers only the released meetings and what the frozen ones leave free: the
/// neighbourhood of a large-neighbourhood-search step.
/// </summary>
internal sealed class CpSatModel
{
    private const int None = Problem.None;
    private readonly Problem _problem;
    private readonly Occupancy? _frozen;
    private readonly List<int>[][] _literalsAt;

    /// <param name="frozen">Meetings that stay where they are; null for the whole problem.</param>
    /// <param name="released">With <paramref name="frozen"/>: the meetings to re-place, none of them placed in it.</param>
    public CpSatModel(Problem problem, Occupancy? frozen = null, IReadOnlySet<int>? released = null)
    {
        _problem = problem;
        _frozen = frozen;
        Model = new CpModel();
        Slots = new int[problem.MeetingCount][];
        X = new int[problem.MeetingCount][];
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            Slots[m] = frozen is null ? problem.CandidateSlots[m] : released!.Contains(m) ? OpenSlots(frozen, m) : [];
            X[m] = [.. Slots[m].Select(_ => NewBool())];
        }

        _literalsAt = [.. Enumerable.Range(0, problem.ParticipantCount)
            .Select(_ => Enumerable.Range(0, problem.SlotCount).Select(_ => new List<int>()).ToArray())];
        CreateInterpreterVariables();
        AddMeetingConstraints();
        AddParticipantConstraints();
        AddTableConstraints();
        AddLanguageConstraints();
        SetWeightObjective();
    }

    public CpModel Model { get; }

    public CpModelProto Proto => Model.Model;

    /// <summary>The slots meeting m has a variable for.</summary>
    public int[][] Slots { get; }

    /// <summary>Variable index of x[m, Slots[m][k]].</summary>
    public int[][] X { get; }

    public Dictionary<(int Interpreter, int Slot, int Language), int> Z { get; } = [];

    /// <summary>Literals that make a participant busy in a slot (its meetings and, for interpreters, its z variables).</summary>
    public IReadOnlyList<int> LiteralsAt(int participant, int slot) => _literalsAt[participant][slot];

    public int NewBool() => Model.NewBoolVar("").Index;

    public int NewInt(long lower, long upper) => Model.NewIntVar(lower, upper, "").Index;

    public void AddLinear(IReadOnlyList<int> vars, IReadOnlyList<long> coefficients, long lower, long upper, int enforcement = None)
    {
        var linear = new LinearConstraintProto();
        linear.Vars.AddRange(vars);
        linear.Coeffs.AddRange(coefficients);
        linear.Domain.Add(lower);
        linear.Domain.Add(upper);
        var constraint = new ConstraintProto { Linear = linear };
        if (enforcement != None)
        {
            constraint.EnforcementLiteral.Add(enforcement);
        }

        Proto.Constraints.Add(constraint);
    }

    public void AddAtMostOne(IReadOnlyList<int> literals)
    {
        var constraint = new BoolArgumentProto();
        constraint.Literals.AddRange(literals);
        Proto.Constraints.Add(new ConstraintProto { AtMostOne = constraint });
    }

    public List<int> WeightVars() => [.. X.SelectMany(xs => xs)];

    public List<long> WeightCoefficients() =>
        [.. Enumerable.Range(0, _problem.MeetingCount).SelectMany(m => X[m].Select(_ => (long)_problem.Weight[m]))];

    private int[] OpenSlots(Occupancy frozen, int meeting)
    {
        if (_problem.Parties[meeting].Any(frozen.AtLimit))
        {
            return [];
        }

        return [.. _problem.CandidateSlots[meeting].Where(s =>
            _problem.Parties[meeting].All(p => frozen.AttendingAt(p, s) == None)
            && frozen.FindTable(meeting, s) != None
            && (_problem.Language[meeting] == None || frozen.FindInterpreter(meeting, s) != None))];
    }

    private bool InterpreterOpen(int interpreter, int slot) =>
        !_problem.Unavailable[interpreter][slot] && _problem.FixedMeetingAt[interpreter][slot] == None
        && (_frozen is null || (_frozen.IsFree(interpreter, slot) && !_frozen.AtLimit(interpreter)));

    private void CreateInterpreterVariables()
    {
        var needed = new HashSet<(int Slot, int Language)>();
        for (var m = 0; m < _problem.MeetingCount; m++)
        {
            if (_problem.Language[m] != None)
            {
                foreach (var s in Slots[m])
                {
                    needed.Add((s, _problem.Language[m]));
                }
            }
        }

        foreach (var (s, l) in needed.OrderBy(n => n.Slot).ThenBy(n => n.Language))
        {
            foreach (var i in _problem.InterpretersOfLanguage[l])
            {
                if (InterpreterOpen(i, s))
                {
                    var z = NewBool();
                    Z[(i, s, l)] = z;
                    _literalsAt[i][s].Add(z);
                }
            }
        }
    }

    private void AddMeetingConstraints()
    {
        for (var m = 0; m < _problem.MeetingCount; m++)
        {
            for (var k = 0; k < X[m].Length; k++)
            {
                foreach (var p in _problem.Parties[m])
                {
                    _literalsAt[p][Slots[m][k]].Add(X[m][k]);
                }
            }

            if (_problem.IsFixed(m) && X[m].Length == 1)
            {
                AddLinear([X[m][0]], [1], 1, 1);
            }
            else if (X[m].Length > 1)
            {
                AddAtMostOne(X[m]);
            }
        }
    }

    private void AddParticipantConstraints()
    {
        for (var p = 0; p < _problem.ParticipantCount; p++)
        {
            var all = new List<int>();
            for (var s = 0; s < _problem.SlotCount; s++)
            {
                var literals = _literalsAt[p][s];
                if (literals.Count > 1)
                {
                    AddAtMostOne(literals);
                }

                all.AddRange(literals);
            }

            var limit = _problem.MaxMeetings[p] - (long)(_frozen?.Count(p) ?? 0);
            if (all.Count > limit)
            {
                AddLinear(all, [.. all.Select(_ => 1L)], 0, Math.Max(0, limit));
            }
        }
    }

    private void AddTableConstraints()
    {
        var bySlot = Enumerable.Range(0, _problem.SlotCount).Select(_ => new List<(int Var, int Required)>()).ToArray();
        var fixedTables = Enumerable.Range(0, _problem.SlotCount).Select(_ => new HashSet<int>()).ToArray();
        for (var m = 0; m < _problem.MeetingCount; m++)
        {
            if (_problem.IsFixed(m))
            {
                fixedTables[_problem.FixedSlot[m]].Add(_problem.FixedTable[m]);
                continue;
            }

            for (var k = 0; k < X[m].Length; k++)
            {
                bySlot[Slots[m][k]].Add((X[m][k], _problem.Required[m]));
            }
        }

        for (var s = 0; s < _problem.SlotCount; s++)
        {
            var seats = Enumerable.Range(0, _problem.TableCount)
                .Where(t => !fixedTables[s].Contains(t) && (_frozen is null || _frozen.HostedAt(t, s) == None))
                .Select(t => _problem.TableSeats[t])
                .ToList();
            var levels = seats.Distinct().Order().ToList();
            var below = 0;
            foreach (var level in levels)
            {
                // Meetings needing more than the previous level's seats can only use tables of this level or larger.
                var members = bySlot[s].Where(v => v.Required > below).Select(v => v.Var).ToList();
                var capacity = seats.Count(c => c >= level);
                if (members.Count > capacity)
                {
                    AddLinear(members, [.. members.Select(_ => 1L)], 0, capacity);
                }

                below = level;
            }
        }
    }

    private void AddLanguageConstraints()
    {
        var demand = new Dictionary<(int Slot, int Language), List<int>>();
        for (var m = 0; m < _problem.MeetingCount; m++)
        {
            if (_problem.Language[m] == None)
            {
                continue;
            }

            for (var k = 0; k < X[m].Length; k++)
            {
                var key = (Slots[m][k], _problem.Language[m]);
                if (!demand.TryGetValue(key, out var list))
                {
                    demand[key] = list = [];
                }

                list.Add(X[m][k]);
            }
        }

        foreach (var ((s, l), meetings) in demand)
        {
            var supply = _problem.InterpretersOfLanguage[l].Where(i => Z.ContainsKey((i, s, l))).Select(i => Z[(i, s, l)]).ToList();
            AddLinear([.. meetings, .. supply], [.. meetings.Select(_ => 1L), .. supply.Select(_ => -1L)], -supply.Count, 0);
        }
    }

    private void SetWeightObjective()
    {
        var vars = WeightVars();
        var objective = new CpObjectiveProto { ScalingFactor = -1 };
        objective.Vars.AddRange(vars);
        objective.Coeffs.AddRange(WeightCoefficients().Select(w => -w));
        Proto.Objective = objective;
    }
}
