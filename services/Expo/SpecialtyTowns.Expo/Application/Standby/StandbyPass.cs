using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// The standby worker's pass. First, every party not checked in at a running meeting the event's
/// NoShowAfterMinutes after the slot's start becomes a provisional no-show (its partners are told).
/// Then every open offer past its window expires and the place goes to the next candidate. Meetings
/// and offers are claimed with FOR UPDATE SKIP LOCKED (one transaction per batch), so concurrent
/// passes each take other rows, and an answer holding an offer's lock is never expired under it.
/// </summary>
public sealed class StandbyPass(ExpoDbContext db, StandbyRefill refill, Notifier notifier, IOutbox outbox, TimeProvider clock, ILogger<StandbyPass> logger)
{
    public const int BatchSize = 100;

    /// <returns>How many parties became provisional no-shows and how many offers expired.</returns>
    public async Task<(int NoShows, int Expired)> ExecuteAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var noShows = 0;
        int batch;
        do
        {
            batch = await strategy.ExecuteAsync(MarkNoShowsAsync, cancellationToken);
            noShows += batch;
        }
        while (batch == BatchSize);

        var expired = 0;
        do
        {
            batch = await strategy.ExecuteAsync(ExpireOffersAsync, cancellationToken);
            expired += batch;
        }
        while (batch == BatchSize);

        return (noShows, expired);
    }

    private async Task<int> MarkNoShowsAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var ids = await db.Database.SqlQuery<Guid>(
            $"""
            SELECT m.id AS "Value" FROM meetings m JOIN slots s ON s.id = m.slot_id JOIN events e ON e.id = m.event_id
            WHERE m.status = 'scheduled' AND s.ends_at > {now}
              AND s.starts_at + make_interval(mins => e.no_show_after_minutes) <= {now}
              AND EXISTS (SELECT 1 FROM meeting_parties p WHERE p.meeting_id = m.id AND p.checked_in_at IS NULL AND p.no_show IS NULL)
            ORDER BY s.starts_at
            LIMIT {BatchSize}
            FOR UPDATE OF m SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        var marked = 0;
        foreach (var meeting in meetings)
        {
            foreach (var party in meeting.Parties.Where(p => p.CheckedInAt is null && p.NoShow is null))
            {
                party.MarkNoShow(NoShowStates.Provisional, now);
                var partners = meeting.PartyIds.Where(id => id != party.ParticipantId);
                notifier.Notify(meeting.EventId, partners, NotificationKinds.NoShowProvisional, meeting.RequestId, meeting.Id, new Dictionary<string, string> { ["participantId"] = party.ParticipantId.ToString() });
                outbox.Add(new MeetingPartyNoShow(meeting.EventId, meeting.Id, party.ParticipantId, NoShowStates.Provisional, meeting.SlotId, now));
                marked++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (marked > 0)
        {
            logger.LogInformation("Marked {Count} meeting parties as provisional no-shows", marked);
        }

        return meetings.Count;
    }

    private async Task<int> ExpireOffersAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var ids = await db.Database.SqlQuery<Guid>(
            $"""
            SELECT id AS "Value" FROM standby_offers WHERE status = 'offered' AND expires_at <= {now}
            ORDER BY expires_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var offers = await db.StandbyOffers.Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        foreach (var offer in offers)
        {
            offer.Close(StandbyOfferStatuses.Expired, null, now);
            outbox.Add(new StandbyOfferAnswered(offer.Id, offer.EventId, offer.MeetingId, offer.OfferedToId, offer.Status, null, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var offer in offers)
        {
            var freed = await db.Meetings.SingleAsync(m => m.Id == offer.MeetingId, cancellationToken);
            var expoEvent = await db.Events.SingleAsync(e => e.Id == offer.EventId, cancellationToken);
            await refill.OfferNextAsync(freed, expoEvent, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (offers.Count > 0)
        {
            logger.LogInformation("Expired {Count} standby offers", offers.Count);
        }

        return offers.Count;
    }
}
