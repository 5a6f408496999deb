using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// A live feed's iCalendar text, found by its token's hash: the token is the only credential (a
/// calendar app sends no other). Unknown, malformed and revoked tokens all answer the same 404.
/// </summary>
public sealed class GetCalendarFeed(ExpoDbContext db, AgendaReader reader, CalendarWriter writer)
{
    public async Task<CalendarDocument> ExecuteAsync(string token, string? publicBaseUrl, CancellationToken cancellationToken)
    {
        if (!CalendarFeedTokens.IsWellFormed(token))
        {
            throw new NotFoundException("CalendarFeed", "token");
        }

        var hash = CalendarFeedTokens.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException("CalendarFeed", "token");
        var expoEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == feed.EventId, cancellationToken);
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Id == feed.ParticipantId, cancellationToken);
        return writer.Write(await reader.ReadAsync(expoEvent, participant, cancellationToken), publicBaseUrl);
    }
}
