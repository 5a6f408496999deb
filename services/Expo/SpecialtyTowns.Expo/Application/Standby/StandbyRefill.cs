using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// Offers a place freed by a confirmed no-show to the best candidate not offered it before (one at a
/// time; <see cref="StandbyInterest"/> says who may have it and who is best). The offer, the candidate's inbox entry and
/// <see cref="StandbyOffered"/> go into the caller's unit of work. The partial unique index on open
/// offers per meeting refuses a second open offer written by a concurrent pass.
/// </summary>
public sealed class StandbyRefill(ExpoDbContext db, Notifier notifier, IOutbox outbox, ILogger<StandbyRefill> logger)
{
    /// <summary>The parties that stayed: every party of the freed meeting but the confirmed no-shows.</summary>
    public static IReadOnlyList<Guid> Partners(Meeting freed) =>
        [.. freed.Parties.Where(p => p.NoShow != NoShowStates.Confirmed).Select(p => p.ParticipantId)];

    /// <returns>The offer made, or null when the slot is over or nobody fits.</returns>
    public async Task<StandbyOffer?> OfferNextAsync(Meeting freed, ExpoEvent expoEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (freed.SlotId is not { } slotId || freed.TableId is not { } tableId || Partners(freed) is not { Count: > 0 } partners)
        {
            return null;
        }

        var slot = await db.Slots.AsNoTracking().SingleAsync(s => s.Id == slotId, cancellationToken);
        if (slot.EndsAt <= now)
        {
            logger.LogInformation("The place of meeting {MeetingId} is not offered: its slot is over", freed.Id);
            return null;
        }

        var candidates = StandbyInterest.Rank(await CandidatesAsync(freed, expoEvent, partners, slotId, tableId, cancellationToken));
        if (candidates.Count == 0)
        {
            logger.LogInformation("No standby candidate with a mutual interest for the place of meeting {MeetingId}", freed.Id);
            return null;
        }

        var best = candidates[0];
        var rank = await db.StandbyOffers.CountAsync(o => o.MeetingId == freed.Id, cancellationToken) + 1;
        var offer = StandbyOffer.Make(expoEvent.Id, freed.Id, partners[0], best, slotId, tableId, rank, now, TimeSpan.FromSeconds(expoEvent.StandbyOfferSeconds));
        db.StandbyOffers.Add(offer);
        notifier.Notify(expoEvent.Id, [best.ParticipantId], NotificationKinds.StandbyOffered, null, freed.Id, new Dictionary<string, string>
        {
            ["offerId"] = offer.Id.ToString(),
            ["startsAt"] = slot.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["expiresAt"] = offer.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
        });
        outbox.Add(new StandbyOffered(offer.Id, offer.EventId, freed.Id, offer.PartnerId, offer.OfferedToId, slotId, tableId, rank, offer.ExpiresAt));
        logger.LogInformation("Offered the place of meeting {MeetingId} to participant {ParticipantId} (rank {Rank}, {Reason}) until {ExpiresAt}", freed.Id, best.ParticipantId, rank, offer.Reason, offer.ExpiresAt);
        return offer;
    }

    private async Task<List<StandbyCandidate>> CandidatesAsync(Meeting freed, ExpoEvent expoEvent, IReadOnlyList<Guid> partners, Guid slotId, Guid tableId, CancellationToken cancellationToken)
    {
        var parties = freed.PartyIds.ToList();
        var partnerRows = await db.Participants.AsNoTracking().Where(p => partners.Contains(p.Id)).ToListAsync(cancellationToken);
        var seats = await db.Tables.AsNoTracking().Where(t => t.Id == tableId).Select(t => t.Seats).SingleAsync(cancellationToken);
        var rows = await db.Participants.AsNoTracking()
            .Where(p => p.EventId == expoEvent.Id && p.Status == ParticipantStatuses.Approved && !parties.Contains(p.Id))
            .Where(p => !db.Occupancy.Any(o => o.SlotId == slotId && o.ResourceKind == ResourceKinds.Participant && o.ResourceId == p.Id))
            .Where(p => !db.Unavailability.Any(u => u.SlotId == slotId && u.ParticipantId == p.Id))
            .Where(p => !db.StandbyOffers.Any(o => o.OfferedToId == p.Id && (o.MeetingId == freed.Id || o.Status == StandbyOfferStatuses.Offered)))
            .Select(p => new { p.Id, p.Kind, p.Seats, CheckedInAt = db.CheckIns.Where(c => c.ParticipantId == p.Id).Min(c => (DateTimeOffset?)c.CheckedInAt) })
            .Where(p => p.CheckedInAt != null)
            .ToListAsync(cancellationToken);
        var partnerSeats = partnerRows.Sum(p => p.Seats);
        var allowed = rows
            .Where(c => partnerRows.All(partner => RequestRules.Allows(expoEvent.RequestRules, c.Kind, partner.Kind) || RequestRules.Allows(expoEvent.RequestRules, partner.Kind, c.Kind)))
            .Where(c => partnerSeats + c.Seats <= seats)
            .ToList();
        var ids = allowed.Select(c => c.Id).ToList();
        var requests = await db.MeetingRequests.AsNoTracking()
            .Where(r => r.EventId == expoEvent.Id && (r.Status == RequestStatuses.Pending || r.Status == RequestStatuses.Accepted))
            .Where(r => r.Parties.Any(p => partners.Contains(p.ParticipantId)) && r.Parties.Any(p => ids.Contains(p.ParticipantId)))
            .Select(r => new { r.Status, Ids = r.Parties.Select(p => p.ParticipantId).ToList() })
            .ToListAsync(cancellationToken);
        var matches = await db.StandbyMatches.AsNoTracking()
            .Where(m => partners.Contains(m.ParticipantId) && ids.Contains(m.OtherParticipantId))
            .ToListAsync(cancellationToken);
        return [.. allowed.Select(c => new StandbyCandidate(c.Id, Interest(c.Id, requests.Select(r => (r.Status, r.Ids))), c.CheckedInAt!.Value, Match(c.Id, matches)))];
    }

    /// <summary>The candidate's best match with any partner that stayed (a delegation meeting may keep several).</summary>
    private static StandbyCandidateMatch? Match(Guid candidate, IEnumerable<StandbyMatch> matches) =>
        matches.Where(m => m.OtherParticipantId == candidate).MaxBy(m => m.Score) is { } best
            ? new StandbyCandidateMatch(best.Score, best.Reason, best.ReasonEn)
            : null;

    private static int Interest(Guid candidate, IEnumerable<(string Status, List<Guid> Ids)> requests) =>
        requests.Where(r => r.Ids.Contains(candidate))
            .Select(r => r.Status == RequestStatuses.Accepted ? StandbyInterest.Accepted : StandbyInterest.Pending)
            .DefaultIfEmpty(StandbyInterest.None)
            .Max();
}
