using System.Diagnostics;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Inserts unscheduled meetings by Kempe-chain swaps, the classic move of edge colouring: when a meeting's parties are
/// busy in slot a, the meetings holding them there, the meetings their people attend in slot b, and so on (the chain of
/// slots a and b through shared people) swap slots together. No meeting is lost, so each success is pure gain. A swap costs
/// microseconds where a CP-SAT neighbourhood costs a tenth of a second; on conflict-bound instances (people are the only
/// scarce resource) this is where most of the weight above the constructive start comes from.
/// </summary>
internal sealed class KempeChains(Problem problem, Occupancy occupancy, int seed)
{
    private const int None = Problem.None;

    /// <summary>Longer chains rarely succeed (one unavailable slot on them breaks them) and cost more.</summary>
    private const int MaxChain = 60;

    private readonly Random _random = new(seed);
    private readonly HashSet<int> _chain = [];
    private readonly Queue<int> _queue = new();

    /// <summary>Passes over the unscheduled meetings until one inserts nothing, the target or the budget is reached; returns the weight gained.</summary>
    public long Improve(TimeSpan budget, CancellationToken cancellationToken, long target = long.MaxValue)
    {
        var clock = Stopwatch.StartNew();
        var before = occupancy.Weight();
        var weight = before;
        var improved = true;
        while (improved && clock.Elapsed < budget && !cancellationToken.IsCancellationRequested && weight < target)
        {
            improved = false;
            var waiting = Enumerable.Range(0, problem.MeetingCount)
                .Where(m => !occupancy.IsPlaced(m) && problem.CandidateSlots[m].Length > 0)
                .OrderByDescending(m => problem.Weight[m]).ThenBy(_ => _random.Next())
                .ToList();
            foreach (var m in waiting)
            {
                if (clock.Elapsed >= budget || weight >= target || cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if (!occupancy.IsPlaced(m) && TryInsert(m))
                {
                    improved = true;
                    weight = occupancy.Weight();
                }
            }
        }

        return weight - before;
    }

    private bool TryInsert(int meeting, bool eject = true)
    {
        if (problem.Parties[meeting].Any(occupancy.AtLimit))
        {
            return false;
        }

        var slots = problem.CandidateSlots[meeting];
        var order = slots.OrderBy(_ => _random.Next()).ToArray();
        foreach (var a in order)
        {
            if (occupancy.TryPlace(meeting, a))
            {
                return true;
            }
        }

        foreach (var a in order)
        {
            if (TryChains(meeting, a))
            {
                return true;
            }
        }

        foreach (var a in eject ? order : [])
        {
            if (TryEjecting(meeting, a))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryChains(int meeting, int a)
    {
        var start = _random.Next(problem.SlotCount);
        for (var k = 0; k < problem.SlotCount; k++)
        {
            var b = (start + k) % problem.SlotCount;
            if (b != a && TrySwapAndPlace(meeting, a, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Takes out one lighter meeting that holds a party in slot a (a popular host's full day), places the meeting there,
    /// directly or by a chain for its other parties, then puts the lighter one back elsewhere if it fits: a gain either way.
    /// </summary>
    private bool TryEjecting(int meeting, int a)
    {
        foreach (var p in problem.Parties[meeting])
        {
            var e = occupancy.AttendingAt(p, a);
            if (e == None || problem.IsFixed(e) || problem.Weight[e] >= problem.Weight[meeting] || occupancy.SlotOf[e] != a)
            {
                continue;
            }

            var (table, interpreter) = (occupancy.TableOf[e], occupancy.InterpreterOf[e]);
            occupancy.Remove(e);
            if (occupancy.TryPlace(meeting, a) || TryChains(meeting, a))
            {
                TryInsert(e, eject: false);
                return true;
            }

            occupancy.Place(e, a, table, interpreter);
        }

        return false;
    }

    /// <summary>Swaps the chain of slots a and b that holds the meeting's parties in a, then places the meeting in a.</summary>
    private bool TrySwapAndPlace(int meeting, int a, int b)
    {
        if (!CollectChain(meeting, a, b))
        {
            return false;
        }

        // A party whose slot-b meeting is on the chain would be busy in a again after the swap.
        foreach (var p in problem.Parties[meeting])
        {
            if (occupancy.AttendingAt(p, b) is var f && f != None && _chain.Contains(f))
            {
                return false;
            }
        }

        var saved = _chain
            .Select(e => (Meeting: e, Slot: occupancy.SlotOf[e], Table: occupancy.TableOf[e], Interpreter: occupancy.InterpreterOf[e]))
            .ToList();
        saved.ForEach(s => occupancy.Remove(s.Meeting));
        var swapped = true;
        foreach (var s in saved)
        {
            if (!occupancy.TryPlace(s.Meeting, s.Slot == a ? b : a, s.Table, s.Interpreter))
            {
                swapped = false;
                break;
            }
        }

        if (swapped && occupancy.TryPlace(meeting, a))
        {
            return true;
        }

        saved.ForEach(s => occupancy.Remove(s.Meeting));
        saved.ForEach(s => occupancy.Place(s.Meeting, s.Slot, s.Table, s.Interpreter));
        return false;
    }

    /// <summary>The meetings of slots a and b connected to the meeting's parties' slot-a meetings; false when one cannot move.</summary>
    private bool CollectChain(int meeting, int a, int b)
    {
        _chain.Clear();
        _queue.Clear();
        foreach (var p in problem.Parties[meeting])
        {
            var e = occupancy.AttendingAt(p, a);
            if (e != None && _chain.Add(e))
            {
                _queue.Enqueue(e);
            }
        }

        if (_chain.Count == 0)
        {
            return false;
        }

        while (_queue.TryDequeue(out var e))
        {
            var other = occupancy.SlotOf[e] == a ? b : a;
            if (problem.IsFixed(e) || Array.IndexOf(problem.CandidateSlots[e], other) < 0 || _chain.Count > MaxChain)
            {
                return false;
            }

            foreach (var q in problem.Parties[e])
            {
                Follow(q, other);
            }

            if (occupancy.InterpreterOf[e] != None)
            {
                Follow(occupancy.InterpreterOf[e], other);
            }
        }

        return true;
    }

    private void Follow(int person, int slot)
    {
        var f = occupancy.AttendingAt(person, slot);
        if (f != None && _chain.Add(f))
        {
            _queue.Enqueue(f);
        }
    }
}
