using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>Puts names on a draft's meetings, slots and tables for review.</summary>
public sealed class DraftDescriber(ExpoDbContext db)
{
    public async Task<DraftReview> DescribeAsync(Guid eventId, ScheduleDraftData draft, bool stale, CancellationToken cancellationToken)
    {
        var schedule = draft.Schedule;
        var excluded = draft.Excluded.ToDictionary(e => e.Meeting, e => e.Reason, StringComparer.Ordinal);
        var previously = draft.PreviouslyPlaced.ToHashSet(StringComparer.Ordinal);
        var changes = schedule.Changes ?? [];
        var named = schedule.Unscheduled.Select(u => u.Meeting).Concat(draft.Excluded.Select(e => e.Meeting)).Concat(changes.Select(c => c.Meeting))
            .Select(Guid.Parse).ToHashSet();
        var parties = await db.Meetings.AsNoTracking().Where(m => m.EventId == eventId && named.Contains(m.Id))
            .SelectMany(m => m.Parties.Select(p => new { p.MeetingId, p.ParticipantId }))
            .Join(db.Participants, p => p.ParticipantId, p => p.Id, (p, participant) => new { p.MeetingId, participant.Name })
            .ToListAsync(cancellationToken);
        var names = parties.ToLookup(p => p.MeetingId, p => p.Name);
        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Id, s => s.StartsAt, cancellationToken);
        var tables = await db.Tables.AsNoTracking().Where(t => t.EventId == eventId).ToDictionaryAsync(t => t.Id, t => t.Label, cancellationToken);

        DraftPlace? Place(Placement? placement) => placement is null || !Guid.TryParse(placement.Slot, out var slot) || !Guid.TryParse(placement.Table, out var table)
            ? null
            : new DraftPlace(slot, slots.TryGetValue(slot, out var start) ? start : null, table, tables.GetValueOrDefault(table));

        DraftItem Item(string meeting, string change, string reason, Placement? from, Placement? to) =>
            new(Guid.Parse(meeting), [.. names[Guid.Parse(meeting)].Order(StringComparer.Ordinal)], change, reason, Place(from), Place(to));

        var unscheduled = schedule.Unscheduled.Select(u => Item(u.Meeting, "unscheduled", u.Reason, null, null))
            .Concat(draft.Excluded.Where(e => !previously.Contains(e.Meeting)).Select(e => Item(e.Meeting, "unscheduled", e.Reason, null, null)))
            .ToList();
        var changed = changes.Select(c => Item(c.Meeting, c.Change, excluded.GetValueOrDefault(c.Meeting, c.Reason), c.From, c.To)).ToList();
        var newlyPlaced = schedule.Assignments.Count(a => !previously.Contains(a.Meeting));
        return new DraftReview(draft, stale, newlyPlaced, unscheduled, changed);
    }
}
