namespace SpecialtyTowns.Expo.Scheduling.Solving;

/// <summary>
/// Turns CP-SAT's slot choice into tables and interpreters. Per slot, meetings go largest first to the smallest table
/// that fits, which always succeeds when the model's per-level table counts hold. Previous tables and interpreters are
/// kept where that does not break the slot.
/// </summary>
internal static class PlacementBuilder
{
    private const int None = Problem.None;

    public static Occupancy Build(Problem problem, CpSatResult result, PreviousPlacements? previous)
    {
        var slotOf = result.SlotOf ?? throw new ArgumentException("result has no solution", nameof(result));
        var pool = Pool(result.Interpreting);
        var occupancy = new Occupancy(problem);
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (problem.IsFixed(m))
            {
                occupancy.Place(m, problem.FixedSlot[m], problem.FixedTable[m], TakeInterpreter(problem, pool, m, slotOf[m], previous));
            }
        }

        Apply(problem, occupancy, Enumerable.Range(0, problem.MeetingCount).Where(m => !problem.IsFixed(m)), slotOf, pool, previous);
        return occupancy;
    }

    /// <summary>Places the given meetings into the slots chosen for them, on top of what the occupancy already holds.</summary>
    public static void Apply(
        Problem problem,
        Occupancy occupancy,
        IEnumerable<int> meetings,
        int[] slotOf,
        Dictionary<(int Slot, int Language), List<int>> pool,
        PreviousPlacements? previous)
    {
        foreach (var group in meetings.Where(m => slotOf[m] != None).GroupBy(m => slotOf[m]))
        {
            var ordered = group.OrderByDescending(m => problem.Required[m]).ThenBy(m => m).ToList();
            var interpreters = ordered.ToDictionary(m => m, m => TakeInterpreter(problem, pool, m, group.Key, previous));
            AssignTables(problem, occupancy, group.Key, ordered, interpreters, previous);
        }
    }

    public static Dictionary<(int Slot, int Language), List<int>> Pool(IReadOnlySet<(int Interpreter, int Slot, int Language)> interpreting) =>
        interpreting.GroupBy(z => (z.Slot, z.Language)).ToDictionary(g => g.Key, g => g.Select(z => z.Interpreter).ToList());

    /// <summary>
    /// Largest meeting first; a meeting keeps its previous table when the meetings after it can still be seated on
    /// what is left (sorted requirement vs sorted seats, which is Hall's condition for nested table sets), otherwise it
    /// takes the smallest free table that fits and that no later meeting wants back, falling back to the smallest free
    /// table that fits, which never makes the rest harder.
    /// </summary>
    private static void AssignTables(
        Problem problem, Occupancy occupancy, int slot, List<int> meetings, Dictionary<int, int> interpreters, PreviousPlacements? previous)
    {
        var freeSeats = Enumerable.Range(0, problem.TableCount)
            .Where(t => occupancy.HostedAt(t, slot) == None)
            .Select(t => problem.TableSeats[t])
            .OrderDescending()
            .ToList();
        var wanted = meetings.Select(m => previous is not null && previous.SlotOf[m] == slot ? previous.TableOf[m] : None).ToList();
        var claimed = wanted.Where(t => t != None).ToHashSet();
        for (var i = 0; i < meetings.Count; i++)
        {
            var m = meetings[i];
            var preferred = wanted[i];
            claimed.Remove(preferred);
            var keep = preferred != None && occupancy.HostedAt(preferred, slot) == None
                && problem.TableSeats[preferred] >= problem.Required[m]
                && RestFits(problem, meetings, i + 1, freeSeats, problem.TableSeats[preferred]);
            var unclaimed = keep ? None : UnclaimedTable(problem, occupancy, m, slot, claimed);
            var table = keep ? preferred
                : unclaimed != None && RestFits(problem, meetings, i + 1, freeSeats, problem.TableSeats[unclaimed]) ? unclaimed
                : occupancy.FindTable(m, slot);
            if (table == None)
            {
                throw new InvalidOperationException($"no table assignment for slot {problem.SlotIds[slot]}");
            }

            occupancy.Place(m, slot, table, interpreters[m]);
            freeSeats.Remove(problem.TableSeats[table]);
        }
    }

    private static int UnclaimedTable(Problem problem, Occupancy occupancy, int meeting, int slot, HashSet<int> claimed)
    {
        var best = None;
        for (var t = 0; t < problem.TableCount; t++)
        {
            if (occupancy.HostedAt(t, slot) == None && !claimed.Contains(t) && problem.TableSeats[t] >= problem.Required[meeting]
                && (best == None || problem.TableSeats[t] < problem.TableSeats[best]))
            {
                best = t;
            }
        }

        return best;
    }

    private static bool RestFits(Problem problem, List<int> meetings, int from, List<int> freeSeats, int taken)
    {
        var seats = new List<int>(freeSeats);
        seats.Remove(taken);
        var k = 0;
        for (var i = from; i < meetings.Count; i++, k++)
        {
            if (k >= seats.Count || problem.Required[meetings[i]] > seats[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int TakeInterpreter(
        Problem problem, Dictionary<(int Slot, int Language), List<int>> pool, int meeting, int slot, PreviousPlacements? previous)
    {
        var language = problem.Language[meeting];
        if (language == None)
        {
            return None;
        }

        if (!pool.TryGetValue((slot, language), out var free) || free.Count == 0)
        {
            throw new InvalidOperationException($"no interpreter left for meeting {problem.MeetingIds[meeting]}");
        }

        var wanted = previous?.InterpreterOf[meeting] ?? None;
        var chosen = free.Contains(wanted) ? wanted : free[0];
        free.Remove(chosen);
        return chosen;
    }
}
