using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The whole set-up of an event, for its organizer (another organizer's event is 404).</summary>
public sealed class GetSetup(ExpoDbContext db, EventAccess access)
{
    public async Task<EventSetupView> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var halls = await db.Halls.AsNoTracking().Where(h => h.EventId == eventId).OrderBy(h => h.Position).ThenBy(h => h.Name).ToListAsync(cancellationToken);
        var tables = await db.Tables.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Label).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Day).ThenBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var interpreters = await db.Interpreters.AsNoTracking().Where(i => i.EventId == eventId).OrderBy(i => i.Name).ToListAsync(cancellationToken);
        var placed = await db.Meetings.AsNoTracking().IgnoreAutoIncludes().Where(m => m.EventId == eventId && m.SlotId != null)
            .GroupBy(m => m.SlotId!.Value).Select(g => new { SlotId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.SlotId, g => g.Count, cancellationToken);
        var statuses = await db.Participants.AsNoTracking().Where(p => p.EventId == eventId)
            .GroupBy(p => p.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return new EventSetupView(
            expoEvent,
            halls,
            tables,
            sessions,
            slots,
            interpreters,
            placed,
            statuses.GetValueOrDefault(ParticipantStatuses.Pending),
            statuses.GetValueOrDefault(ParticipantStatuses.Approved));
    }
}
