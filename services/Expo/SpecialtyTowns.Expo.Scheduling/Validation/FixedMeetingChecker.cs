using SpecialtyTowns.Expo.Scheduling.Solving;

namespace SpecialtyTowns.Expo.Scheduling.Validation;

/// <summary>Rule 6: fixed meetings must already satisfy rules 1-5 and leave an interpreter for each that needs one.</summary>
internal static class FixedMeetingChecker
{
    public static void Check(Problem problem, List<string> errors)
    {
        var fixedMeetings = Enumerable.Range(0, problem.MeetingCount).Where(problem.IsFixed).ToList();
        var attendance = new Dictionary<(int Participant, int Slot), int>();
        var tableUse = new Dictionary<(int Table, int Slot), int>();
        var counts = new int[problem.ParticipantCount];
        foreach (var m in fixedMeetings)
        {
            var slot = problem.FixedSlot[m];
            var table = problem.FixedTable[m];
            var id = problem.MeetingIds[m];
            var slotId = problem.SlotIds[slot];
            foreach (var p in problem.Parties[m])
            {
                counts[p]++;
                if (problem.Unavailable[p][slot])
                {
                    errors.Add($"fixed meeting {id} is in slot {slotId} where {problem.ParticipantIds[p]} is unavailable");
                }

                if (!attendance.TryAdd((p, slot), m))
                {
                    errors.Add($"fixed meetings {problem.MeetingIds[attendance[(p, slot)]]} and {id} both need {problem.ParticipantIds[p]} in slot {slotId}");
                }
            }

            if (!tableUse.TryAdd((table, slot), m))
            {
                errors.Add($"fixed meetings {problem.MeetingIds[tableUse[(table, slot)]]} and {id} both use table {problem.TableIds[table]} in slot {slotId}");
            }

            if (problem.Required[m] > problem.TableSeats[table])
            {
                errors.Add($"fixed meeting {id} needs {problem.Required[m]} seats but table {problem.TableIds[table]} has {problem.TableSeats[table]}");
            }
        }

        for (var p = 0; p < problem.ParticipantCount; p++)
        {
            if (counts[p] > problem.MaxMeetings[p])
            {
                errors.Add($"{problem.ParticipantIds[p]} has {counts[p]} fixed meetings but maxMeetings {problem.MaxMeetings[p]}");
            }
        }

        foreach (var group in fixedMeetings.Where(m => problem.Language[m] != Problem.None).GroupBy(m => problem.FixedSlot[m]))
        {
            CheckInterpreters(problem, group.Key, [.. group], errors);
        }
    }

    /// <summary>Bipartite matching of the slot's fixed meetings to interpreters who are free then.</summary>
    private static void CheckInterpreters(Problem problem, int slot, int[] meetings, List<string> errors)
    {
        var owner = new Dictionary<int, int>();
        foreach (var m in meetings)
        {
            if (!Augment(problem, slot, m, owner, []))
            {
                var language = problem.Languages[problem.Language[m]];
                errors.Add($"fixed meeting {problem.MeetingIds[m]} needs a '{language}' interpreter in slot {problem.SlotIds[slot]} but none is free then");
            }
        }
    }

    private static bool Augment(Problem problem, int slot, int meeting, Dictionary<int, int> owner, HashSet<int> visited)
    {
        foreach (var interpreter in problem.InterpretersOfLanguage[problem.Language[meeting]])
        {
            if (!problem.CanInterpret(interpreter, meeting, slot) || !visited.Add(interpreter))
            {
                continue;
            }

            if (!owner.TryGetValue(interpreter, out var current) || Augment(problem, slot, current, owner, visited))
            {
                owner[interpreter] = meeting;
                return true;
            }
        }

        return false;
    }
}
