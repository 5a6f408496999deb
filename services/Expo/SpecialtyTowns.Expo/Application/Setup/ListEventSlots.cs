using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// An event's slots in time order, for its organizer and its approved participants (to propose a
/// time in a request or a counter-proposal); anyone else gets 404, as if the event did not exist.
/// </summary>
public sealed class ListEventSlots(ExpoDbContext db, EventAccess access)
{
    public async Task<(ExpoEvent Event, IReadOnlyList<Slot> Slots)> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new NotFoundException("Event", eventId.ToString());
        if (!expoEvent.IsManagedBy(caller) && await access.OwnParticipantAsync(eventId, caller, cancellationToken) is not { IsApproved: true })
        {
            throw new NotFoundException("Event", eventId.ToString());
        }

        var slots = await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        return (expoEvent, slots);
    }
}
