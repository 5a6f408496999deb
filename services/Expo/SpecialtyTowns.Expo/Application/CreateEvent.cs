using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application;

/// <summary>An organizer (or an admin) creates an event, which it then runs.</summary>
public sealed class CreateEvent(ExpoDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<ExpoEvent> ExecuteAsync(CreateEventCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        var id = await idempotency.ExecuteAsync(caller, nameof(CreateEvent), command, _ =>
        {
            var expoEvent = ExpoEvent.Create(caller.UserId, command.Name, command.NameEn, command.City, command.StartsOn, command.EndsOn, command.TimeZone, clock.GetUtcNow());
            db.Events.Add(expoEvent);
            outbox.Add(EventAnnouncement.Of(expoEvent));
            return Task.FromResult(expoEvent.Id);
        }, cancellationToken);
        return await db.Events.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
    }
}
