using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;

namespace SpecialtyTowns.Expo.Scheduling.Validation;

/// <summary>Rejects instances that are malformed or contradict themselves, naming every problem found.</summary>
public static class InstanceValidator
{
    /// <summary>Throws <see cref="InstanceException"/> when the instance cannot be scheduled as given.</summary>
    public static void Validate(Instance instance) => Compile(instance);

    /// <summary>
    /// The parts an instance cannot do without (<c>slots</c>, <c>meetings</c>), by their JSON
    /// names: with no slot or no meeting there is nothing to schedule, and an empty schedule
    /// would look like a success.
    /// </summary>
    public static IReadOnlyList<string> MissingParts(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var missing = new List<string>();
        if (instance.Slots is not { Count: > 0 })
        {
            missing.Add("slots");
        }

        if (instance.Meetings is not { Count: > 0 })
        {
            missing.Add("meetings");
        }

        return missing;
    }

    internal static Problem Compile(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var errors = new List<string>();
        if (instance.Slots is null || instance.Tables is null || instance.Participants is null || instance.Meetings is null)
        {
            throw new InstanceException("instance needs slots, tables, participants and meetings arrays");
        }

        var zone = ResolveTimeZone(instance.TimeZone, errors);
        var slots = CheckSlots(instance.Slots, errors);
        CheckTables(instance.Tables, errors);
        var participants = CheckParticipants(instance.Participants, slots, errors);
        CheckMeetings(instance, slots, participants, errors);
        errors.AddRange(MissingParts(instance).Select(part => $"instance has no {part}: it needs at least one slot and one meeting"));
        if (errors.Count > 0)
        {
            throw new InstanceException(errors);
        }

        var problem = new Problem(instance, zone);
        FixedMeetingChecker.Check(problem, errors);
        if (errors.Count > 0)
        {
            throw new InstanceException(errors);
        }

        return problem;
    }

    private static TimeZoneInfo? ResolveTimeZone(string? id, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        errors.Add($"unknown timeZone '{id}'");
        return null;
    }

    private static HashSet<string> CheckSlots(IReadOnlyList<Slot> slots, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Slot? previous = null;
        foreach (var slot in slots)
        {
            if (!CheckId(slot?.Id, "slot", ids, errors) || slot is null)
            {
                continue;
            }

            if (slot.End <= slot.Start)
            {
                errors.Add($"slot {slot.Id} does not end after it starts");
            }

            if (previous is not null && slot.Start < previous.Start)
            {
                errors.Add($"slots out of order: {slot.Id} starts before {previous.Id}");
            }
            else if (previous is not null && slot.Start < previous.End)
            {
                errors.Add($"slots {previous.Id} and {slot.Id} overlap");
            }

            previous = slot;
        }

        return ids;
    }

    private static void CheckTables(IReadOnlyList<Table> tables, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (CheckId(table?.Id, "table", ids, errors) && table!.Seats < 1)
            {
                errors.Add($"table {table.Id} has {table.Seats} seats; it needs at least 1");
            }
        }
    }

    private static Dictionary<string, Participant> CheckParticipants(
        IReadOnlyList<Participant> participants, HashSet<string> slots, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byId = new Dictionary<string, Participant>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            if (!CheckId(participant?.Id, "participant", ids, errors) || participant is null)
            {
                continue;
            }

            byId[participant.Id] = participant;
            if (!ParticipantKinds.IsKnown(participant.Kind))
            {
                errors.Add($"participant {participant.Id} has unknown kind '{participant.Kind}' (expected one of {string.Join(", ", ParticipantKinds.All)})");
            }

            if (participant.Seats < 0)
            {
                errors.Add($"participant {participant.Id} has negative seats ({participant.Seats})");
            }

            if (participant.MaxMeetings < 0)
            {
                errors.Add($"participant {participant.Id} has negative maxMeetings ({participant.MaxMeetings})");
            }

            foreach (var slot in participant.Unavailable ?? [])
            {
                if (slot is null || !slots.Contains(slot))
                {
                    errors.Add($"participant {participant.Id} is unavailable in unknown slot '{slot}'");
                }
            }

            if (participant.Languages is null || participant.Languages.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"participant {participant.Id} has an empty language code");
            }
        }

        return byId;
    }

    private static void CheckMeetings(
        Instance instance, HashSet<string> slots, Dictionary<string, Participant> participants, List<string> errors)
    {
        var spoken = participants.Values
            .Where(p => p.Kind == ParticipantKinds.Interpreter)
            .SelectMany(p => p.Languages ?? [])
            .ToHashSet(StringComparer.Ordinal);
        var tables = instance.Tables.Where(t => t is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meeting in instance.Meetings)
        {
            if (!CheckId(meeting?.Id, "meeting", ids, errors) || meeting is null)
            {
                continue;
            }

            var parties = meeting.Parties ?? [];
            if (parties.Count < 2)
            {
                errors.Add($"meeting {meeting.Id} has fewer than two parties");
            }

            foreach (var party in parties)
            {
                if (party is null || !participants.ContainsKey(party))
                {
                    errors.Add($"meeting {meeting.Id} names unknown participant '{party}'");
                }
            }

            foreach (var duplicate in parties.GroupBy(p => p, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                errors.Add($"meeting {meeting.Id} lists {duplicate.Key} twice");
            }

            if (meeting.Weight <= 0)
            {
                errors.Add($"meeting {meeting.Id} has non-positive weight {meeting.Weight}");
            }

            if (meeting.Interpreter is not null && !spoken.Contains(meeting.Interpreter))
            {
                errors.Add($"meeting {meeting.Id} needs a '{meeting.Interpreter}' interpreter but no interpreter speaks '{meeting.Interpreter}'");
            }

            if (meeting.Fixed is { } place && !slots.Contains(place.Slot ?? ""))
            {
                errors.Add($"fixed meeting {meeting.Id} names unknown slot '{place.Slot}'");
            }

            if (meeting.Fixed is { } table && !tables.Contains(table.Table ?? ""))
            {
                errors.Add($"fixed meeting {meeting.Id} names unknown table '{table.Table}'");
            }
        }
    }

    private static bool CheckId(string? id, string what, HashSet<string> seen, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add($"a {what} has no id");
            return false;
        }

        if (!seen.Add(id))
        {
            errors.Add($"duplicate {what} id '{id}'");
            return false;
        }

        return true;
    }
}
