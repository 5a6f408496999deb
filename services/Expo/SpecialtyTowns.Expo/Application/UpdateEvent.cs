using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application;

/// <summary>Changes an event: only the organizer running it, or an admin.</summary>
public sealed class UpdateEvent(ExpoDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<ExpoEvent> ExecuteAsync(UpdateEventCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Organizer, Roles.Admin);
        await idempotency.ExecuteAsync(caller, nameof(UpdateEvent), command, async ct =>
        {
            var expoEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == command.Id, ct)
                ?? throw new NotFoundException("Event", command.Id.ToString());
            caller.RequireThat(expoEvent.IsManagedBy(caller), "change this event");
            expoEvent.Change(command.Name, command.NameEn, command.City, command.StartsOn, command.EndsOn, clock.GetUtcNow());
            outbox.Add(EventAnnouncement.Of(expoEvent));
            return expoEvent.Id;
        }, cancellationToken);
        return await db.Events.AsNoTracking().SingleAsync(e => e.Id == command.Id, cancellationToken);
    }
}
