using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>
/// The expiry job's pass: reminds the parties that still must answer once before a request
/// expires, and expires it when its time is up. Due requests are claimed with FOR UPDATE SKIP
/// LOCKED, so concurrent passes (two instances) each take other requests and every request is
/// reminded and expired exactly once; an answer saved meanwhile meets the raised version and
/// runs again on what the pass left.
/// </summary>
public sealed class ExpireMeetingRequests(ExpoDbContext db, IOutbox outbox, Notifier notifier, TimeProvider clock, ILogger<ExpireMeetingRequests> logger)
{
    public const int BatchSize = 200;

    /// <returns>How many requests were reminded and how many expired.</returns>
    public async Task<(int Reminded, int Expired)> ExecuteAsync(CancellationToken cancellationToken)
    {
        var total = (Reminded: 0, Expired: 0);
        while (true)
        {
            var batch = await db.Database.CreateExecutionStrategy().ExecuteAsync(BatchAsync, cancellationToken);
            total = (total.Reminded + batch.Reminded, total.Expired + batch.Expired);
            if (batch.Reminded + batch.Expired < BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<(int Reminded, int Expired)> BatchAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var ids = await db.Database.SqlQuery<Guid>(
            $"""
            SELECT r.id AS "Value" FROM meeting_requests r JOIN events e ON e.id = r.event_id
            WHERE r.status = 'pending'
              AND (r.expires_at <= {now} OR (r.reminded_at IS NULL AND r.expires_at - make_interval(hours => e.reminder_hours_before) <= {now}))
            ORDER BY r.expires_at
            LIMIT {BatchSize}
            FOR UPDATE OF r SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return (0, 0);
        }

        var requests = await db.MeetingRequests.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var reminderHours = await db.Events.Where(e => requests.Select(r => r.EventId).Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.ReminderHoursBefore, cancellationToken);
        var (reminded, expired) = (0, 0);
        foreach (var request in requests)
        {
            if (RequestExpiry.IsExpired(request, now))
            {
                request.Close(RequestStatuses.Expired, now);
                notifier.Notify(request.EventId, request.PartyIds, NotificationKinds.RequestExpired, request.Id);
                outbox.Add(new MeetingRequestExpired(request.Id, request.EventId, now));
                expired++;
            }
            else if (RequestExpiry.IsReminderDue(request, reminderHours[request.EventId], now))
            {
                var waiting = RequestAnswers.Waiting(request).ToList();
                request.MarkReminded(now);
                request.Touch();
                notifier.Notify(request.EventId, waiting, NotificationKinds.RequestExpiring, request.Id, data: new Dictionary<string, string>
                {
                    ["expiresAt"] = request.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
                });
                outbox.Add(new MeetingRequestExpiring(request.Id, request.EventId, waiting, request.ExpiresAt, now));
                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Reminded {Reminded} and expired {Expired} meeting requests", reminded, expired);
        return (reminded, expired);
    }
}
