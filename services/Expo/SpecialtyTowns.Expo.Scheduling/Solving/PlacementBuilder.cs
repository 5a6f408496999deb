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
        var pool = result.Interpreting
            .GroupBy(z => (z.Slot, z.Language))
            .ToDictionary(g => g.Key, g => g.Select(z => z.Interpreter).ToList());
        var occupancy = new Occupancy(problem);
        for (var m = 0; m < problem.MeetingCount; m++)
        {
            if (problem.IsFixed(m))
            {
                occupancy.Place(m, problem.FixedSlot[m], problem.FixedTable[m], TakeInterpreter(problem, pool, m, slotOf[m], previous));
            }
        }

        var bySlot = Enumerable.Range(0, problem.MeetingCount)
            .Where(m => slotOf[m] != None && !problem.IsFixed(m))
            .GroupBy(m => slotOf[m]);
        foreach (var group in bySlot)
        {
            var meetings = group.OrderByDescending(m => problem.Required[m]).ThenBy(m => m).ToList();
            var interpreters = meetings.ToDictionary(m => m, m => TakeInterpreter(problem, pool, m, group.Key, previous));
            if (!TryTables(problem, occupancy, group.Key, meetings, interpreters, previous)
                && !TryTables(problem, occupancy, group.Key, meetings, interpreters, null))
            {
                throw new InvalidOperationException($"no table assignment for slot {problem.SlotIds[group.Key]}");
            }
        }

        return occupancy;
    }

    private static bool TryTables(
        Problem problem, Occupancy occupancy, int slot, List<int> meetings, Dictionary<int, int> interpreters, PreviousPlacements? previous)
    {
        var placed = new List<int>();
        foreach (var m in meetings)
        {
            var preferred = previous is not null && previous.SlotOf[m] == slot ? previous.TableOf[m] : None;
            var table = occupancy.FindTable(m, slot, preferred);
            if (table == None)
            {
                placed.ForEach(occupancy.Remove);
                return false;
            }

            occupancy.Place(m, slot, table, interpreters[m]);
            placed.Add(m);
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
