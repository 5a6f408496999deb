using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>
/// Counts the live figures from the base tables, one grouped query per figure for any number of
/// events at once (one event for its dashboard, all of them for the province view), so the answer
/// is as fresh as the last committed transaction and costs the same for one event or fifty.
/// </summary>
public sealed class FigureCounter(ExpoDbContext db)
{
    /// <summary>The figures of <paramref name="eventIds"/> (null: every event) at <paramref name="now"/>; events with nothing yet are absent.</summary>
    public async Task<Dictionary<Guid, FigureCountsData>> CountAsync(IReadOnlyCollection<Guid>? eventIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        bool Selected(Guid id) => eventIds is null || eventIds.Contains(id);
        var ids = eventIds?.ToList() ?? [];
        var all = eventIds is null;

        var checkedIn = await db.CheckIns.Where(c => all || ids.Contains(c.EventId))
            .GroupBy(c => c.EventId).Select(g => new { g.Key, Count = g.Select(c => c.ParticipantId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var approved = await db.Participants.Where(p => (all || ids.Contains(p.EventId)) && p.Status == ParticipantStatuses.Approved)
            .GroupBy(p => p.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var meetings = db.Meetings.Where(m => all || ids.Contains(m.EventId));
        var running = await meetings.Where(m => m.Status == MeetingStatuses.Scheduled)
            .Join(db.Slots.Where(s => s.StartsAt <= now && s.EndsAt > now), m => m.SlotId, s => (Guid?)s.Id, (m, _) => m.EventId)
            .GroupBy(e => e).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var byStatus = await meetings.Where(m => m.Status == MeetingStatuses.Scheduled || m.Status == MeetingStatuses.NoShow)
            .GroupBy(m => new { m.EventId, m.Status }).Select(g => new { g.Key.EventId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var provisional = await meetings.Where(m => m.Status == MeetingStatuses.Scheduled)
            .SelectMany(m => m.Parties, (m, p) => new { m.EventId, p.NoShow })
            .Where(x => x.NoShow == NoShowStates.Provisional)
            .GroupBy(x => x.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var held = await db.Outcomes.Where(o => (all || ids.Contains(o.EventId)) && o.Held)
            .GroupBy(o => o.EventId).Select(g => new { g.Key, Count = g.Select(o => o.MeetingId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var refilled = await db.StandbyOffers.Where(o => (all || ids.Contains(o.EventId)) && o.Status == StandbyOfferStatuses.Accepted)
            .GroupBy(o => o.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var pendingTooLong = await db.MeetingRequests.Where(r => (all || ids.Contains(r.EventId)) && r.Status == RequestStatuses.Pending)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { r.EventId, r.CreatedAt, e.PendingTooLongHours })
            .Where(x => x.CreatedAt < now.AddHours(-x.PendingTooLongHours))
            .GroupBy(x => x.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var leads = await db.ExpoLeads.Where(l => all || ids.Contains(l.EventId))
            .GroupBy(l => l.EventId)
            .Select(g => new
            {
                g.Key,
                Created = g.Count(l => l.Created),
                Signed = g.Count(l => l.DealId != null),
                Yuan = g.Sum(l => l.CommittedYuan ?? 0m),
            })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        var events = checkedIn.Keys.Concat(approved.Keys).Concat(running.Keys).Concat(byStatus.Select(s => s.EventId)).Concat(provisional.Keys)
            .Concat(held.Keys).Concat(refilled.Keys).Concat(pendingTooLong.Keys).Concat(leads.Keys).Where(Selected).Distinct();
        return events.ToDictionary(id => id, id =>
        {
            var lead = leads.GetValueOrDefault(id);
            var noShows = byStatus.Where(s => s.EventId == id && s.Status == MeetingStatuses.NoShow).Sum(s => s.Count);
            return new FigureCountsData(
                checkedIn.GetValueOrDefault(id),
                approved.GetValueOrDefault(id),
                byStatus.Where(s => s.EventId == id).Sum(s => s.Count),
                running.GetValueOrDefault(id),
                held.GetValueOrDefault(id),
                noShows,
                provisional.GetValueOrDefault(id),
                refilled.GetValueOrDefault(id),
                pendingTooLong.GetValueOrDefault(id),
                lead?.Created ?? 0,
                lead?.Signed ?? 0,
                lead?.Yuan ?? 0m);
        });
    }
}
