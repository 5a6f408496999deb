using System.Diagnostics;

namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Local search for instances too large for CP-SAT to improve in time. Weight moves: an unscheduled meeting takes a slot
/// whose blockers (the meetings holding its parties or the table it needs) move to other slots, or are swapped out
/// when they weigh less. Idle moves: a meeting moves to a free slot where its parties end up with fewer idle slots.
/// Every step goes through <see cref="Occupancy"/>, so the schedule stays valid throughout.
/// </summary>
internal sealed class LocalImprover(Problem problem, Occupancy occupancy, int seed, Func<int, int, bool> movable)
{
    private const int None = Problem.None;
    private const int MaxBlockers = 2;
    private readonly Random _random = new(seed);

    /// <summary>
    /// Runs weight passes until one brings nothing, the weight reaches <paramref name="target"/> (a proven bound, so
    /// nothing better exists) or the budget is spent; returns the weight gained.
    /// </summary>
    public long ImproveWeight(TimeSpan budget, CancellationToken cancellationToken, long target = long.MaxValue)
    {
        var clock = Stopwatch.StartNew();
        var before = occupancy.Weight();
        var improved = true;
        while (improved && clock.Elapsed < budget && !cancellationToken.IsCancellationRequested && occupancy.Weight() < target)
        {
            improved = false;
            var waiting = Enumerable.Range(0, problem.MeetingCount)
                .Where(m => !occupancy.IsPlaced(m) && problem.CandidateSlots[m].Length > 0)
                .OrderByDescending(m => problem.Weight[m]).ThenBy(_ => _random.Next())
                .ToList();
            foreach (var m in waiting)
            {
                if (clock.Elapsed >= budget || occupancy.Weight() >= target)
                {
                    break;
                }

                improved |= !occupancy.IsPlaced(m) && TryInsert(m);
            }
        }

        return occupancy.Weight() - before;
    }

    /// <summary>
    /// Moves meetings to free slots, or swaps them with a meeting of another slot, where their parties get fewer idle slots,
    /// until nothing improves or time is up.
    /// </summary>
    /// <param name="swaps">False on expo-sized instances, where a swap pass over every meeting does not fit the budget.</param>
    public void ImproveIdle(TimeSpan budget, CancellationToken cancellationToken, bool swaps = true)
    {
        var clock = Stopwatch.StartNew();
        var swapper = new IdleSwaps(problem, occupancy, movable);
        var improved = true;
        while (improved && clock.Elapsed < budget && !cancellationToken.IsCancellationRequested)
        {
            improved = false;
            var meetings = Enumerable.Range(0, problem.MeetingCount).Where(m => occupancy.IsPlaced(m) && !problem.IsFixed(m)).ToList();
            improved |= Pass(meetings, TryCompact, clock, budget);

            // Swaps cost more (every meeting of the day's other slots), so they come once single moves have converged.
            improved = improved || (swaps && Pass(meetings, swapper.TrySwap, clock, budget));
        }
    }

    private bool Pass(List<int> meetings, Func<int, bool> move, Stopwatch clock, TimeSpan budget)
    {
        var improved = false;
        foreach (var m in meetings)
        {
            if (clock.Elapsed >= budget)
            {
                break;
            }

            improved |= movable(m, occupancy.SlotOf[m]) && move(m);
        }

        return improved;
    }

    private bool TryInsert(int meeting)
    {
        if (problem.Parties[meeting].Any(occupancy.AtLimit))
        {
            return false;
        }

        foreach (var slot in problem.CandidateSlots[meeting].OrderBy(_ => _random.Next()))
        {
            if (occupancy.TryPlace(meeting, slot))
            {
                return true;
            }

            var blockers = problem.Parties[meeting].Select(p => occupancy.AttendingAt(p, slot)).Where(b => b != None).Distinct().ToList();
            if (blockers.Count > MaxBlockers || blockers.Any(problem.IsFixed))
            {
                continue;
            }

            if (blockers.Count == 0 && TableBlocker(meeting, slot) is var holder && holder != None)
            {
                blockers.Add(holder);
            }

            if (blockers.Count > 0 && TryWithBlockersMoved(meeting, slot, blockers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lightest movable meeting in the slot that holds a table the meeting would fit.</summary>
    private int TableBlocker(int meeting, int slot)
    {
        var best = None;
        for (var t = 0; t < problem.TableCount; t++)
        {
            var holder = occupancy.HostedAt(t, slot);
            if (holder != None && !problem.IsFixed(holder) && problem.TableSeats[t] >= problem.Required[meeting]
                && (best == None || problem.Weight[holder] < problem.Weight[best]))
            {
                best = holder;
            }
        }

        return best;
    }

    private bool TryWithBlockersMoved(int meeting, int slot, List<int> blockers)
    {
        var saved = blockers.Select(b => (Meeting: b, Slot: occupancy.SlotOf[b], Table: occupancy.TableOf[b], Interpreter: occupancy.InterpreterOf[b])).ToList();
        blockers.ForEach(occupancy.Remove);
        if (!occupancy.TryPlace(meeting, slot))
        {
            Restore(meeting, saved);
            return false;
        }

        var lost = 0L;
        foreach (var b in blockers)
        {
            if (!Relocate(b, slot))
            {
                lost += problem.Weight[b];
            }
        }

        if (lost < problem.Weight[meeting])
        {
            return true;
        }

        Restore(meeting, saved);
        return false;
    }

    private bool Relocate(int meeting, int avoid)
    {
        foreach (var s in problem.CandidateSlots[meeting])
        {
            if (s != avoid && occupancy.TryPlace(meeting, s))
            {
                return true;
            }
        }

        return false;
    }

    private void Restore(int meeting, List<(int Meeting, int Slot, int Table, int Interpreter)> saved)
    {
        occupancy.Remove(meeting);
        saved.ForEach(s => occupancy.Remove(s.Meeting));
        saved.ForEach(s => occupancy.Place(s.Meeting, s.Slot, s.Table, s.Interpreter));
    }

    private bool TryCompact(int meeting)
    {
        var (slot, table, interpreter) = (occupancy.SlotOf[meeting], occupancy.TableOf[meeting], occupancy.InterpreterOf[meeting]);
        int[] people = interpreter == None ? problem.Parties[meeting] : [.. problem.Parties[meeting], interpreter];
        var idleBefore = Enumerable.Range(0, problem.DayCount).Select(d => Idle(people, d)).ToArray();
        if (idleBefore[problem.SlotDay[slot]] == 0)
        {
            return false;
        }

        occupancy.Remove(meeting);
        foreach (var s in problem.CandidateSlots[meeting])
        {
            if (s == slot || !occupancy.TryPlace(meeting, s, preferredInterpreter: interpreter))
            {
                continue;
            }

            // Only moves that keep the same interpreter are tried, so the same people are compared before and after.
            int[] days = [problem.SlotDay[slot], .. problem.SlotDay[s] == problem.SlotDay[slot] ? Array.Empty<int>() : [problem.SlotDay[s]]];
            if (occupancy.InterpreterOf[meeting] == interpreter && days.Sum(d => Idle(people, d)) < days.Sum(d => idleBefore[d]))
            {
                return true;
            }

            occupancy.Remove(meeting);
        }

        occupancy.Place(meeting, slot, table, interpreter);
        return false;
    }

    private int Idle(int[] people, int day) => people.Sum(p => occupancy.IdleInDay(p, problem.DaySlots[day]));
}
