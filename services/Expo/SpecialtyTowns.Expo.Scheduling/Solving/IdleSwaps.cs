namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Idle moves for full slots: two meetings of the same day exchange slots when both fit in the other's slot and their
/// people end up with fewer idle slots. Where tables are scarce (table-bound instances) a meeting rarely finds a free
/// slot to move to, but it can often trade places with one of similar size.
/// </summary>
internal sealed class IdleSwaps(Problem problem, Occupancy occupancy, Func<int, int, bool> movable)
{
    private const int None = Problem.None;

    /// <summary>Tries the swaps of one meeting with the meetings of the other slots of its day; true when one helped.</summary>
    public bool TrySwap(int meeting)
    {
        var slot = occupancy.SlotOf[meeting];
        var day = problem.SlotDay[slot];
        if (Idle(problem.Parties[meeting], day) == 0)
        {
            return false;
        }

        foreach (var other in problem.DaySlots[day])
        {
            if (other == slot || Array.IndexOf(problem.CandidateSlots[meeting], other) < 0)
            {
                continue;
            }

            for (var t = 0; t < problem.TableCount; t++)
            {
                var partner = occupancy.HostedAt(t, other);
                if (partner != None && !problem.IsFixed(partner) && movable(partner, other)
                    && Array.IndexOf(problem.CandidateSlots[partner], slot) >= 0 && TryExchange(meeting, partner, day))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <remarks>Only exchanges that keep both interpreters are tried, so the same people are compared before and after.</remarks>
    private bool TryExchange(int first, int second, int day)
    {
        var saved = new[] { first, second }
            .Select(m => (Meeting: m, Slot: occupancy.SlotOf[m], Table: occupancy.TableOf[m], Interpreter: occupancy.InterpreterOf[m]))
            .ToArray();
        int[] people = [.. problem.Parties[first], .. problem.Parties[second], .. saved.Select(s => s.Interpreter).Where(i => i != None)];
        var before = Idle(people, day);
        occupancy.Remove(first);
        occupancy.Remove(second);
        if (occupancy.TryPlace(first, saved[1].Slot, saved[1].Table, saved[0].Interpreter) && occupancy.InterpreterOf[first] == saved[0].Interpreter
            && occupancy.TryPlace(second, saved[0].Slot, saved[0].Table, saved[1].Interpreter) && occupancy.InterpreterOf[second] == saved[1].Interpreter
            && Idle(people, day) < before)
        {
            return true;
        }

        occupancy.Remove(first);
        occupancy.Remove(second);
        foreach (var s in saved)
        {
            occupancy.Place(s.Meeting, s.Slot, s.Table, s.Interpreter);
        }

        return false;
    }

    /// <summary>Idle slots of these people on the day; a person in both meetings counts twice, which both sides share.</summary>
    private int Idle(int[] people, int day) => people.Sum(p => occupancy.IdleInDay(p, problem.DaySlots[day]));
}
