using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>Reads what an offer names (parties, slot, table and hall) in a few queries for many offers.</summary>
public sealed class StandbyOfferViews(ExpoDbContext db)
{
    public async Task<StandbyOfferView> OneAsync(StandbyOffer offer, CancellationToken cancellationToken) =>
        (await ManyAsync([offer], cancellationToken))[0];

    public async Task<IReadOnlyList<StandbyOfferView>> ManyAsync(IReadOnlyList<StandbyOffer> offers, CancellationToken cancellationToken)
    {
        if (offers.Count == 0)
        {
            return [];
        }

        var participantIds = offers.SelectMany(o => new[] { o.PartnerId, o.OfferedToId }).Distinct().ToList();
        var names = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var slotIds = offers.Select(o => o.SlotId).Distinct().ToList();
        var slots = await db.Slots.AsNoTracking().Where(s => slotIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var tableIds = offers.Select(o => o.TableId).Distinct().ToList();
        var tables = await db.Tables.AsNoTracking().Where(t => tableIds.Contains(t.Id))
            .Join(db.Halls.AsNoTracking(), t => t.HallId, h => h.Id, (t, h) => new { t.Id, t.Label, Hall = h.Name })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var eventIds = offers.Select(o => o.EventId).Distinct().ToList();
        var zones = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.TimeZone, cancellationToken);
        return [.. offers.Select(o => new StandbyOfferView(
            o.Id,
            o.EventId,
            o.MeetingId,
            o.PartnerId,
            names.GetValueOrDefault(o.PartnerId, string.Empty),
            o.OfferedToId,
            names.GetValueOrDefault(o.OfferedToId, string.Empty),
            o.SlotId,
            slots[o.SlotId].StartsAt,
            slots[o.SlotId].EndsAt,
            o.TableId,
            tables[o.TableId].Label,
            tables[o.TableId].Hall,
            o.Rank,
            o.Reason,
            o.Status,
            o.OfferedAt,
            o.ExpiresAt,
            o.NewMeetingId,
            zones[o.EventId],
            o.MatchScore is { } score ? new StandbyCandidateMatch(score, o.MatchReason ?? string.Empty, o.MatchReasonEn ?? string.Empty) : null))];
    }
}
