using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Model = SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// Builds a scheduling instance from an event: its slots and tables, its interpreters as the format's
/// interpreter participants, its approved participants (seats, availability, limits, languages) and its
/// accepted meetings. Placed locked meetings are fixed; the current placement is the previous schedule, so
/// unlocked meetings move as little as possible. A meeting that cannot be in the instance (a party not
/// approved, no interpreter for its language) is left out with its reason instead of failing the run.
/// </summary>
public sealed class ScheduleInputBuilder(ExpoDbContext db)
{
    /// <exception cref="InstanceException">The event has no slots, tables or meetings to schedule.</exception>
    public async Task<ScheduleInput> BuildAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var data = await EventData.LoadAsync(db, eventId, cancellationToken);
        var approved = data.Participants.Where(p => p.IsApproved).ToDictionary(p => p.Id);
        var unavailable = data.Unavailability.ToLookup(u => u.ParticipantId, u => u.SlotId);
        var spoken = data.Interpreters.SelectMany(i => i.Languages).ToHashSet(StringComparer.Ordinal);
        var seats = data.Tables.ToDictionary(t => t.Id, t => t.Seats);
        var names = data.Participants.ToDictionary(p => p.Id, p => p.Name);
        var meetings = new List<Model.Meeting>();
        var excluded = new List<UnscheduledMeeting>();
        foreach (var meeting in data.Meetings.Where(m => !m.IsClosed))
        {
            var parties = meeting.PartyIds.ToList();
            var notApproved = parties.Where(p => !approved.ContainsKey(p)).ToList();
            var reason = notApproved.Count > 0
                ? $"{string.Join(", ", notApproved.Select(p => names.GetValueOrDefault(p, p.ToString())))} is not an approved participant"
                : parties.Count < 2 ? "it has fewer than two parties"
                : meeting.InterpreterLanguage is { } language && !spoken.Contains(language) ? $"no interpreter speaks '{language}'"
                : null;
            if (reason is not null)
            {
                excluded.Add(new UnscheduledMeeting { Meeting = meeting.Id.ToString(), Reason = reason });
                continue;
            }

            meetings.Add(new Model.Meeting
            {
                Id = meeting.Id.ToString(),
                Parties = [.. parties.Select(p => p.ToString())],
                Weight = Math.Max(1, meeting.Weight),
                Interpreter = meeting.InterpreterLanguage,
                Fixed = meeting is { IsPlaced: true, Locked: true } && StillFits(meeting, parties, approved, unavailable, seats)
                    ? new Placement { Slot = meeting.SlotId!.Value.ToString(), Table = meeting.TableId!.Value.ToString() }
                    : null,
            });
        }

        if (data.Slots.Count == 0 || data.Tables.Count == 0 || meetings.Count == 0)
        {
            throw new InstanceException(data.Slots.Count == 0 ? "the event has no slots yet"
                : data.Tables.Count == 0 ? "the event has no tables yet"
                : "the event has no accepted meetings to schedule");
        }

        var participants = approved.Values.Select(p => new Model.Participant
        {
            Id = p.Id.ToString(),
            Kind = p.Kind,
            Seats = p.Seats,
            MaxMeetings = p.MaxMeetings ?? data.Event.MaxMeetingsFor(p.Kind),
            Unavailable = [.. unavailable[p.Id].Select(s => s.ToString())],
            Languages = p.Languages,
        }).Concat(data.Interpreters.Select(i => new Model.Participant
        {
            Id = i.Id.ToString(),
            Kind = ParticipantKinds.Interpreter,
            Seats = 0,
            Languages = i.Languages,
        }));
        var instance = new Instance
        {
            Event = data.Event.Id.ToString(),
            TimeZone = data.Event.TimeZone,
            Slots = [.. data.Slots.Select(s => new Model.Slot { Id = s.Id.ToString(), Start = s.StartsAt, End = s.EndsAt })],
            Tables = [.. data.Tables.Select(t => new Model.Table { Id = t.Id.ToString(), Seats = t.Seats })],
            Participants = [.. participants],
            Meetings = meetings,
        };
        // The previous schedule is where meetings are now, and for those that lost their place since the last
        // publish (cancelled, slot removed), where it put them: the run then reports those changes too.
        var published = await PublishedPlacementsAsync(eventId, cancellationToken);
        var previous = new Schedule
        {
            Assignments = [.. data.Meetings.Select(m => m.IsPlaced
                ? new Assignment { Meeting = m.Id.ToString(), Slot = m.SlotId!.Value.ToString(), Table = m.TableId!.Value.ToString(), Interpreter = m.InterpreterId?.ToString() }
                : published.GetValueOrDefault(m.Id.ToString())).OfType<Assignment>()],
        };
        excluded.AddRange(data.Meetings.Where(m => m.IsClosed && published.ContainsKey(m.Id.ToString()))
            .Select(m => new UnscheduledMeeting { Meeting = m.Id.ToString(), Reason = m.Status == MeetingStatuses.NoShow ? "no-show" : m.CancelReason is null ? "cancelled" : $"cancelled: {m.CancelReason}" }));
        return new ScheduleInput(instance, previous, excluded, data.Fingerprint());
    }

    /// <summary>The fingerprint of what a run of the event reads, to tell whether a draft is stale.</summary>
    public async Task<string> FingerprintAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await EventData.LoadAsync(db, eventId, cancellationToken)).Fingerprint();

    private async Task<Dictionary<string, Assignment>> PublishedPlacementsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var result = await db.ScheduleRuns.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == ScheduleRunStatuses.Published)
            .OrderByDescending(r => r.PublishedAt).Select(r => r.Result).FirstOrDefaultAsync(cancellationToken);
        return RunJson.Draft(result)?.Schedule.Assignments.ToDictionary(a => a.Meeting, StringComparer.Ordinal) ?? [];
    }

    /// <summary>A locked meeting whose place no longer suits it (availability or seats changed) is not pinned: the run moves it and says so.</summary>
    private static bool StillFits(
        Domain.Meetings.Meeting meeting,
        List<Guid> parties,
        Dictionary<Guid, Domain.Participants.Participant> approved,
        ILookup<Guid, Guid> unavailable,
        Dictionary<Guid, int> seats) =>
        parties.All(p => !unavailable[p].Contains(meeting.SlotId!.Value))
        && parties.Sum(p => approved[p].Seats) + (meeting.InterpreterLanguage is null ? 0 : 1) <= seats.GetValueOrDefault(meeting.TableId!.Value);

    internal static string Hash(IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines.Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
