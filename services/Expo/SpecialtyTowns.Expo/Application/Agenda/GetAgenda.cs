using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// The caller's own agenda for an event: its participant's meetings. A caller without a
/// registration in the event (an organizer too: it has its timetable) gets 404.
/// </summary>
public sealed class GetAgenda(ExpoDbContext db, EventAccess access, AgendaReader reader)
{
    public async Task<AgendaData> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new NotFoundException("Event", eventId.ToString());
        var participant = await access.OwnParticipantAsync(eventId, caller, cancellationToken)
            ?? throw new NotFoundException("Agenda", eventId.ToString());
        return await reader.ReadAsync(expoEvent, participant, cancellationToken);
    }
}
