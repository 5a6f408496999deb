using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Calendar;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// Issues the caller's participant a new feed token and revokes the one it had (rotate), in one
/// transaction under the participant's row lock, so two concurrent rotations leave exactly one live
/// feed. Deliberately not replayed by request id: the answer carries the secret, which is stored
/// nowhere (a repeated call just rotates again).
/// </summary>
public sealed class IssueCalendarFeed(ExpoDbContext db, EventAccess access, TimeProvider clock, ILogger<IssueCalendarFeed> logger)
{
    public async Task<(CalendarFeed Feed, string Token)> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var issued = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var participant = await access.OwnParticipantAsync(eventId, caller, ct) ?? throw new NotFoundException("Agenda", eventId.ToString());
            await db.LockParticipantsAsync([participant.Id], ct);
            var now = clock.GetUtcNow();
            foreach (var live in await db.CalendarFeeds.Where(f => f.ParticipantId == participant.Id && f.RevokedAt == null).ToListAsync(ct))
            {
                live.Revoke(now);
            }

            // The revocation is saved first: the partial unique index allows one live feed at a time.
            await db.SaveChangesAsync(ct);
            var token = CalendarFeedTokens.New();
            var feed = CalendarFeed.Issue(eventId, participant.Id, CalendarFeedTokens.Hash(token), now);
            db.CalendarFeeds.Add(feed);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (feed, token);
        }, cancellationToken);
        logger.LogInformation("Calendar feed {FeedId} issued for participant {ParticipantId} of event {EventId}", issued.feed.Id, issued.feed.ParticipantId, eventId);
        return issued;
    }
}
