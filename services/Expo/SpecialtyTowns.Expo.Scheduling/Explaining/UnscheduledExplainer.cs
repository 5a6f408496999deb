using SpecialtyTowns.Expo.Scheduling.Solving;

namespace SpecialtyTowns.Expo.Scheduling.Explaining;

/// <summary>
/// Says why a meeting is not in the final schedule, by checking it against that schedule: first what can never work
/// (tables, availability, languages), then who ran out of meetings, then which resource was taken in the slots left.
/// </summary>
internal sealed class UnscheduledExplainer(Problem problem, Occupancy occupancy)
{
    private const int None = Problem.None;
    private const int ListedSlots = 6;

    public string Explain(int meeting)
    {
        return StaticReason(meeting) ?? LimitReason(meeting) ?? BusyReason(meeting);
    }

    private string? StaticReason(int meeting)
    {
        var required = problem.Required[meeting];
        var largest = problem.TableSeats.DefaultIfEmpty(0).Max();
        if (required > largest)
        {
            return $"no table with >= {required} seats (the largest has {largest})";
        }

        var parties = problem.Parties[meeting];
        var common = AvailableSlots(meeting);
        if (common.Count == 0)
        {
            if (problem.SlotCount == 0)
            {
                return "the instance has no slots";
            }

            var never = parties.Where(p => problem.Unavailable[p].All(u => u)).DefaultIfEmpty(None).First();
            return never != None
                ? $"{problem.ParticipantIds[never]} is unavailable in every slot"
                : $"no slot where {Names(parties)} are {AllOrBoth(parties)} available";
        }

        var language = problem.Language[meeting];
        if (language != None && !common.Any(s => problem.InterpretersOfLanguage[language].Any(i => problem.CanInterpret(i, meeting, s))))
        {
            return $"no '{problem.Languages[language]}' interpreter is available in a slot where {Names(parties)} are {AllOrBoth(parties)} available";
        }

        return null;
    }

    private string? LimitReason(int meeting)
    {
        var full = problem.Parties[meeting].Where(occupancy.AtLimit)
            .Select(p => $"{problem.ParticipantIds[p]} reached maxMeetings ({problem.MaxMeetings[p]})")
            .ToList();
        if (full.Count > 0)
        {
            return string.Join("; ", full);
        }

        var language = problem.Language[meeting];
        if (language != None && problem.InterpretersOfLanguage[language].All(occupancy.AtLimit))
        {
            return $"every '{problem.Languages[language]}' interpreter reached maxMeetings";
        }

        return null;
    }

    private string BusyReason(int meeting)
    {
        var parties = problem.Parties[meeting];
        var partiesFree = AvailableSlots(meeting).Where(s => parties.All(p => occupancy.AttendingAt(p, s) == None)).ToList();
        if (partiesFree.Count == 0)
        {
            return $"no slot where {Names(parties)} are {AllOrBoth(parties)} free";
        }

        var language = problem.Language[meeting];
        var who = $"{AllOrBoth(parties)} parties are free";
        if (language != None)
        {
            var languageName = problem.Languages[language];
            partiesFree = [.. partiesFree.Where(s => occupancy.FindInterpreter(meeting, s) != None)];
            if (partiesFree.Count == 0)
            {
                return $"no slot where {Names(parties, $"an '{languageName}' interpreter")} are all free";
            }

            who = $"the parties and an '{languageName}' interpreter are free";
        }

        var withTable = partiesFree.Where(s => occupancy.FindTable(meeting, s) != None).ToList();
        if (withTable.Count == 0)
        {
            return $"all tables with >= {problem.Required[meeting]} seats taken in slots where {who}: {SlotList(partiesFree)}";
        }

        return $"not placed before the time limit although it fits in {SlotList(withTable)}";
    }

    private List<int> AvailableSlots(int meeting) =>
        [.. Enumerable.Range(0, problem.SlotCount).Where(s => problem.PartiesAvailable(meeting, s))];

    private string Names(int[] participants, string? extra = null)
    {
        var names = participants.Select(p => problem.ParticipantIds[p]).ToList();
        if (extra is not null)
        {
            names.Add(extra);
        }

        return names.Count <= 2 ? string.Join(" and ", names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    private static string AllOrBoth(int[] participants) => participants.Length == 2 ? "both" : "all";

    private string SlotList(List<int> slots)
    {
        var shown = string.Join(", ", slots.Take(ListedSlots).Select(s => problem.SlotIds[s]));
        return slots.Count > ListedSlots ? $"{shown} and {slots.Count - ListedSlots} more" : shown;
    }
}
