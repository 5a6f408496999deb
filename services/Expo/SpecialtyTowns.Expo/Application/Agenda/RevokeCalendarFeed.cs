using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>Revokes the caller's live feed: its URL answers 404 from then on. Nothing live is a no-op.</summary>
public sealed class RevokeCalendarFeed(ExpoDbContext db, EventAccess access, TimeProvider clock, ILogger<RevokeCalendarFeed> logger)
{
    public async Task ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var participant = await access.OwnParticipantAsync(eventId, caller, cancellationToken) ?? throw new NotFoundException("Agenda", eventId.ToString());
        var live = await db.CalendarFeeds.Where(f => f.ParticipantId == participant.Id && f.RevokedAt == null).ToListAsync(cancellationToken);
        if (live.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        live.ForEach(f => f.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Calendar feed of participant {ParticipantId} of event {EventId} revoked", participant.Id, eventId);
    }
}
