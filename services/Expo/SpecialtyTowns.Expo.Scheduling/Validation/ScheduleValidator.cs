using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Scheduling.Validation;

/// <summary>
/// Checks a schedule against an instance: the seven hard rules plus completeness. Written independently of the solver,
/// on ids rather than its indices, so that it can judge any scheduler's output.
/// </summary>
public sealed class ScheduleValidator
{
    public IReadOnlyList<RuleViolation> Validate(Instance instance, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(schedule);
        var violations = new List<RuleViolation>();
        var meetings = instance.Meetings.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var participants = instance.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var slots = instance.Slots.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var tables = instance.Tables.ToDictionary(t => t.Id, t => t.Seats, StringComparer.Ordinal);
        CheckCompleteness(schedule, meetings, violations);

        var attendance = new Dictionary<(string Participant, string Slot), string>();
        var hosting = new Dictionary<(string Table, string Slot), string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in schedule.Assignments)
        {
            if (!meetings.TryGetValue(a.Meeting, out var meeting))
            {
                continue;
            }

            if (!slots.Contains(a.Slot) || !tables.TryGetValue(a.Table, out var seats))
            {
                violations.Add(new(0, $"{a.Meeting} is assigned unknown slot '{a.Slot}' or table '{a.Table}'"));
                continue;
            }

            var people = meeting.Parties.ToList();
            if (a.Interpreter is not null)
            {
                people.Add(a.Interpreter);
            }

            foreach (var person in people)
            {
                if (!attendance.TryAdd((person, a.Slot), a.Meeting))
                {
                    violations.Add(new(1, $"{person} attends {attendance[(person, a.Slot)]} and {a.Meeting} in {a.Slot}"));
                }

                counts[person] = counts.GetValueOrDefault(person) + 1;
                if (participants.TryGetValue(person, out var participant) && participant.Unavailable.Contains(a.Slot))
                {
                    violations.Add(new(3, $"{a.Meeting} is in {a.Slot} where {person} is unavailable"));
                }
            }

            if (!hosting.TryAdd((a.Table, a.Slot), a.Meeting))
            {
                violations.Add(new(2, $"table {a.Table} hosts {hosting[(a.Table, a.Slot)]} and {a.Meeting} in {a.Slot}"));
            }

            var required = meeting.Parties.Sum(p => participants.TryGetValue(p, out var party) ? party.Seats : 1)
                + (meeting.Interpreter is null ? 0 : 1);
            if (required > seats)
            {
                violations.Add(new(5, $"{a.Meeting} needs {required} seats but table {a.Table} has {seats}"));
            }

            if (meeting.Fixed is { } place && (place.Slot != a.Slot || place.Table != a.Table))
            {
                violations.Add(new(6, $"fixed meeting {a.Meeting} is at {a.Slot}/{a.Table} instead of {place.Slot}/{place.Table}"));
            }

            CheckInterpreter(a, meeting, participants, violations);
        }

        foreach (var (person, count) in counts)
        {
            if (participants.TryGetValue(person, out var participant) && count > participant.MaxMeetings)
            {
                violations.Add(new(4, $"{person} has {count} meetings but maxMeetings {participant.MaxMeetings}"));
            }
        }

        foreach (var u in schedule.Unscheduled)
        {
            if (meetings.TryGetValue(u.Meeting, out var meeting) && meeting.Fixed is not null)
            {
                violations.Add(new(6, $"fixed meeting {u.Meeting} is not scheduled"));
            }
        }

        return violations;
    }

    private static void CheckCompleteness(Schedule schedule, Dictionary<string, Meeting> meetings, List<RuleViolation> violations)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in schedule.Assignments.Select(a => a.Meeting).Concat(schedule.Unscheduled.Select(u => u.Meeting)))
        {
            seen[id] = seen.GetValueOrDefault(id) + 1;
            if (!meetings.ContainsKey(id))
            {
                violations.Add(new(0, $"unknown meeting '{id}' in the schedule"));
            }
        }

        foreach (var id in meetings.Keys)
        {
            var times = seen.GetValueOrDefault(id);
            if (times != 1)
            {
                violations.Add(new(0, $"meeting {id} appears {times} times instead of once"));
            }
        }

        foreach (var u in schedule.Unscheduled.Where(u => string.IsNullOrWhiteSpace(u.Reason)))
        {
            violations.Add(new(0, $"unscheduled meeting {u.Meeting} has no reason"));
        }
    }

    private static void CheckInterpreter(
        Assignment assignment, Meeting meeting, Dictionary<string, Participant> participants, List<RuleViolation> violations)
    {
        if (meeting.Interpreter is null)
        {
            if (assignment.Interpreter is not null)
            {
                violations.Add(new(7, $"{assignment.Meeting} needs no interpreter but has {assignment.Interpreter}"));
            }

            return;
        }

        if (assignment.Interpreter is null)
        {
            violations.Add(new(7, $"{assignment.Meeting} needs a '{meeting.Interpreter}' interpreter but has none"));
            return;
        }

        if (!participants.TryGetValue(assignment.Interpreter, out var interpreter)
            || interpreter.Kind != ParticipantKinds.Interpreter
            || !interpreter.Languages.Contains(meeting.Interpreter))
        {
            violations.Add(new(7, $"{assignment.Interpreter} is not a '{meeting.Interpreter}' interpreter for {assignment.Meeting}"));
        }
    }
}
