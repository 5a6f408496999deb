using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>
/// The timetable of an event's placed meetings: its organizer sees every meeting; a participant
/// only its own (with the names of the other parties in them). Anyone else gets 404.
/// </summary>
public sealed class GetTimetable(ExpoDbContext db, EventAccess access)
{
    public async Task<TimetableData> ExecuteAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new NotFoundException("Event", eventId.ToString());
        var meetings = db.Meetings.AsNoTracking().Where(m => m.EventId == eventId && m.Status == MeetingStatuses.Scheduled);
        if (!expoEvent.IsManagedBy(caller))
        {
            var own = await access.OwnParticipantAsync(eventId, caller, cancellationToken) ?? throw new NotFoundException("Event", eventId.ToString());
            meetings = meetings.Where(m => m.Parties.Any(p => p.ParticipantId == own.Id));
        }

        var placed = await meetings.AsSplitQuery().ToListAsync(cancellationToken);
        var partyIds = placed.SelectMany(m => m.PartyIds).Distinct().ToList();
        var interpreterIds = placed.Where(m => m.InterpreterId is not null).Select(m => m.InterpreterId!.Value).Distinct().ToList();
        return new TimetableData(
            eventId,
            expoEvent.TimeZone,
            await db.Slots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken),
            await db.Tables.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Label).ToListAsync(cancellationToken),
            await db.Halls.AsNoTracking().Where(h => h.EventId == eventId).OrderBy(h => h.Position).ToListAsync(cancellationToken),
            await db.Participants.AsNoTracking().Where(p => partyIds.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(cancellationToken),
            await db.Interpreters.AsNoTracking().Where(i => interpreterIds.Contains(i.Id)).ToListAsync(cancellationToken),
            placed);
    }
}
