using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;

namespace SpecialtyTowns.Expo.Scheduling.Explaining;

/// <summary>
/// Compares a previous schedule with the new one and reports every meeting that lost its place (moved, dropped or
/// cancelled) with the reason its old place no longer holds, so that nothing disappears silently.
/// </summary>
internal sealed class ChangeReporter(Problem problem, Occupancy occupancy, UnscheduledExplainer explainer)
{
    private const int None = Problem.None;
    private const string FreeMove = "moved to make room for other meetings; no rule forced it";

    public List<ScheduleChange> Report(Schedule previous)
    {
        var changes = new List<ScheduleChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var old in previous.Assignments ?? [])
        {
            if (old?.Meeting is null || !seen.Add(old.Meeting))
            {
                continue;
            }

            var from = new Placement { Slot = old.Slot ?? "", Table = old.Table ?? "" };
            if (!problem.MeetingIndex.TryGetValue(old.Meeting, out var m))
            {
                changes.Add(new ScheduleChange { Meeting = old.Meeting, Change = ChangeKinds.Removed, From = from, Reason = "meeting is no longer in the instance" });
                continue;
            }

            if (!occupancy.IsPlaced(m))
            {
                var lost = LostPlace(m, from);
                var reason = lost is null ? explainer.Explain(m) : $"{lost}; {explainer.Explain(m)}";
                changes.Add(new ScheduleChange { Meeting = old.Meeting, Change = ChangeKinds.Dropped, From = from, Reason = reason });
                continue;
            }

            var to = new Placement { Slot = problem.SlotIds[occupancy.SlotOf[m]], Table = problem.TableIds[occupancy.TableOf[m]] };
            if (to != from)
            {
                changes.Add(new ScheduleChange { Meeting = old.Meeting, Change = ChangeKinds.Moved, From = from, To = to, Reason = LostPlace(m, from) ?? FreeMove });
            }
        }

        return changes;
    }

    /// <summary>Why the meeting is not at its previous slot and table any more; null when its old place is still open.</summary>
    private string? LostPlace(int meeting, Placement from)
    {
        if (!problem.SlotIndex.TryGetValue(from.Slot, out var slot))
        {
            return $"slot {from.Slot} no longer exists";
        }

        if (problem.IsFixed(meeting))
        {
            return $"it is now fixed at {problem.SlotIds[problem.FixedSlot[meeting]]}/{problem.TableIds[problem.FixedTable[meeting]]}";
        }

        var unavailable = problem.Parties[meeting].Where(p => problem.Unavailable[p][slot]).ToList();
        if (unavailable.Count > 0)
        {
            return $"{string.Join(", ", unavailable.Select(p => problem.ParticipantIds[p]))} now unavailable in {from.Slot}";
        }

        var busy = problem.Parties[meeting]
            .Where(p => occupancy.AttendingAt(p, slot) != None && occupancy.AttendingAt(p, slot) != meeting)
            .Select(p => $"{problem.ParticipantIds[p]} now attends {problem.MeetingIds[occupancy.AttendingAt(p, slot)]} in {from.Slot}")
            .ToList();
        if (busy.Count > 0)
        {
            return string.Join("; ", busy);
        }

        if (!problem.TableIndex.TryGetValue(from.Table, out var table))
        {
            return $"table {from.Table} no longer exists";
        }

        if (problem.TableSeats[table] < problem.Required[meeting])
        {
            return $"table {from.Table} has {problem.TableSeats[table]} seats but the meeting now needs {problem.Required[meeting]}";
        }

        var host = occupancy.HostedAt(table, slot);
        if (host != None && host != meeting)
        {
            return $"table {from.Table} in {from.Slot} now hosts {problem.MeetingIds[host]}";
        }

        var language = problem.Language[meeting];
        if (language != None && occupancy.SlotOf[meeting] != slot && occupancy.FindInterpreter(meeting, slot) == None)
        {
            return $"no '{problem.Languages[language]}' interpreter is free in {from.Slot}";
        }

        return null;
    }
}
