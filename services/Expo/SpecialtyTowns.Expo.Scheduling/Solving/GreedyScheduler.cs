namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Constructive start: a good schedule at once, used as the CP-SAT hint and as the answer if the search finds nothing better.
/// Heavy meetings go first, then the most constrained; each takes the slot that opens the fewest idle slots for its parties.
/// </summary>
internal static class GreedyScheduler
{
    private const int None = Problem.None;

    /// <param name="preferred">Meetings placed before all others (a selection made elsewhere, e.g. by the LP), or null.</param>
    public static Occupancy Build(Problem problem, PreviousPlacements? previous, Func<int, bool>? preferred = null)
    {
        var occupancy = new Occupancy(problem);
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (problem.IsFixed(m))
            {
                occupancy.TryPlace(m, problem.FixedSlot[m], preferredInterpreter: previous?.InterpreterOf[m] ?? None);
            }
        }

        if (previous is not null)
        {
            KeepPrevious(problem, previous, occupancy);
        }

        var order = Enumerable.Range(0, problem.MeetingCount)
            .Where(m => !occupancy.IsPlaced(m) && !problem.IsFixed(m))
            .OrderByDescending(m => preferred?.Invoke(m) ?? false)
            .ThenByDescending(m => problem.Weight[m])
            .ThenBy(m => problem.CandidateSlots[m].Length)
            .ThenByDescending(m => problem.Parties[m].Length)
            .ThenByDescending(m => problem.Required[m])
            .ThenBy(m => m);
        foreach (var m in order)
        {
            PlaceBest(problem, occupancy, m);
        }

        return occupancy;
    }

    /// <summary>Places whatever still fits into a finished schedule: weight only goes up, and no unscheduled meeting is left that would fit.</summary>
    public static void Fill(Problem problem, Occupancy occupancy, PreviousPlacements? previous)
    {
        var order = Enumerable.Range(0, problem.MeetingCount)
            .Where(m => !occupancy.IsPlaced(m) && !problem.IsFixed(m))
            .OrderByDescending(m => problem.Weight[m])
            .ThenBy(m => m)
            .ToList();
        foreach (var m in order)
        {
            var previousSlot = previous?.SlotOf[m] ?? None;
            if (previousSlot == None || !problem.CandidateSlots[m].Contains(previousSlot)
                || !occupancy.TryPlace(m, previousSlot, previous!.TableOf[m], previous.InterpreterOf[m]))
            {
                PlaceBest(problem, occupancy, m);
            }
        }
    }

    /// <summary>Puts every meeting that can keep its previous place back there before anything else, so few meetings move.</summary>
    private static void KeepPrevious(Problem problem, PreviousPlacements previous, Occupancy occupancy)
    {
        var kept = Enumerable.Range(0, problem.MeetingCount)
            .Where(m => !problem.IsFixed(m) && previous.SlotOf[m] != None && problem.CandidateSlots[m].Contains(previous.SlotOf[m]))
            .OrderByDescending(m => problem.Weight[m]);
        foreach (var m in kept)
        {
            occupancy.TryPlace(m, previous.SlotOf[m], previous.TableOf[m], previous.InterpreterOf[m]);
        }
    }

    private static void PlaceBest(Problem problem, Occupancy occupancy, int meeting)
    {
        var bestSlot = None;
        var bestScore = int.MaxValue;
        foreach (var s in problem.CandidateSlots[meeting])
        {
            if (!occupancy.PartiesFree(meeting, s) || occupancy.FindTable(meeting, s) == None)
            {
                continue;
            }

            if (problem.Language[meeting] != None && occupancy.FindInterpreter(meeting, s) == None)
            {
                continue;
            }

            var score = IdleCost(problem, occupancy, meeting, s);
            if (score < bestScore)
            {
                bestScore = score;
                bestSlot = s;
            }
        }

        if (bestSlot != None)
        {
            occupancy.TryPlace(meeting, bestSlot);
        }
    }

    /// <summary>Idle slots the placement would open (negative when it fills a gap), summed over the parties.</summary>
    private static int IdleCost(Problem problem, Occupancy occupancy, int meeting, int slot)
    {
        var daySlots = problem.DaySlots[problem.SlotDay[slot]];
        var position = Array.IndexOf(daySlots, slot);
        var cost = 0;
        foreach (var p in problem.Parties[meeting])
        {
            int first = None, last = None;
            for (var k = 0; k < daySlots.Length; k++)
            {
                if (occupancy.AttendingAt(p, daySlots[k]) != None)
                {
                    first = first == None ? k : first;
                    last = k;
                }
            }

            if (first == None)
            {
                continue;
            }

            cost += position < first ? first - position - 1 : position > last ? position - last - 1 : -1;
        }

        return cost;
    }
}
