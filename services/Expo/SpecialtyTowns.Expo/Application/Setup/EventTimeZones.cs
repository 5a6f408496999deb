using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The time zone an event's slots are shown in.</summary>
public sealed class EventTimeZones(ExpoDbContext db)
{
    public async Task<string> OfAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.TimeZone).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Event", eventId.ToString());

    /// <summary>A slot as stored, for an answer that shows it after a change.</summary>
    public async Task<Domain.Setup.Slot> SlotAsync(Guid slotId, CancellationToken cancellationToken) =>
        await db.Slots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slotId, cancellationToken)
        ?? throw new NotFoundException("Slot", slotId.ToString());
}
