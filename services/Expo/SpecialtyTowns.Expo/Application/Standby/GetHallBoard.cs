using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// The organizer's hall board: the slots running now, their meetings (scheduled and no-shows) by
/// table, each party's check-in at the venue and at the table and its no-show state, and the open
/// standby offers. Read-only; the page polls it.
/// </summary>
public sealed class GetHallBoard(ExpoDbContext db, EventAccess access, StandbyOfferViews views, TimeProvider clock)
{
    public async Task<HallBoard> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var now = clock.GetUtcNow();
        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId && s.StartsAt <= now && s.EndsAt > now).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var slotIds = slots.Select(s => s.Id).ToList();
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.EventId == eventId && m.SlotId != null && slotIds.Contains(m.SlotId.Value) && (m.Status == MeetingStatuses.Scheduled || m.Status == MeetingStatuses.NoShow))
            .ToListAsync(cancellationToken);
        var refilled = await db.StandbyOffers.AsNoTracking().Where(o => o.EventId == eventId && o.NewMeetingId != null && slotIds.Contains(o.SlotId)).Select(o => o.NewMeetingId!.Value).ToListAsync(cancellationToken);
        var partyIds = meetings.SelectMany(m => m.PartyIds).Distinct().ToList();
        var participants = await db.Participants.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var atVenue = (await db.CheckIns.AsNoTracking().Where(c => c.EventId == eventId).Select(c => c.ParticipantId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var tables = await db.Tables.AsNoTracking().Where(t => t.EventId == eventId)
            .Join(db.Halls.AsNoTracking(), t => t.HallId, h => h.Id, (t, h) => new { t.Id, t.Label, Hall = h.Name })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var board = meetings
            .OrderBy(m => tables[m.TableId!.Value].Label, StringComparer.Ordinal)
            .ThenBy(m => m.Status == MeetingStatuses.NoShow)
            .Select(m => new HallBoardMeeting(
                m.Id,
                m.SlotId!.Value,
                m.TableId!.Value,
                tables[m.TableId.Value].Label,
                tables[m.TableId.Value].Hall,
                m.Status,
                refilled.Contains(m.Id),
                [.. m.Parties.Select(p => new HallBoardParty(p.ParticipantId, participants[p.ParticipantId].Name, participants[p.ParticipantId].NameEn, atVenue.Contains(p.ParticipantId), p.CheckedInAt, p.NoShow))]))
            .ToList();
        var open = await db.StandbyOffers.AsNoTracking().Where(o => o.EventId == eventId && o.Status == StandbyOfferStatuses.Offered).OrderBy(o => o.ExpiresAt).ToListAsync(cancellationToken);
        return new HallBoard(
            eventId,
            expoEvent.TimeZone,
            now,
            [.. slots.Select(s => new HallBoardSlot(s.Id, s.StartsAt, s.EndsAt))],
            board,
            await views.ManyAsync(open, cancellationToken),
            atVenue.Count);
    }
}
