using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>
/// Who may change a meeting's place: the organizer running its event (or an admin), or an approved
/// participant that is one of its parties. A meeting the caller may not see is reported exactly
/// like an unknown one, so meeting ids cannot be probed.
/// </summary>
public sealed class MeetingActors(ExpoDbContext db, EventAccess access)
{
    /// <exception cref="InvalidValueException">No such meeting in that event, or not one the caller may act on (NotFound when no event was named).</exception>
    /// <exception cref="NotFoundException">No such event, or the caller neither runs it nor takes part in it.</exception>
    public async Task<MeetingActor> ForAsync(Guid? eventId, Guid meetingId, Caller caller, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        var id = eventId ?? meeting?.EventId ?? throw Unknown(eventId, meetingId);
        var expoEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Event", id.ToString());
        if (expoEvent.IsManagedBy(caller))
        {
            return meeting is not null && meeting.EventId == id ? new MeetingActor(meeting, expoEvent, true, null) : throw Unknown(eventId, meetingId);
        }

        var own = await access.OwnParticipantAsync(id, caller, cancellationToken);
        if (own is null)
        {
            throw new NotFoundException("Event", id.ToString());
        }

        if (meeting is null || meeting.EventId != id || !meeting.PartyIds.Contains(own.Id))
        {
            throw Unknown(eventId, meetingId);
        }

        if (!own.IsApproved)
        {
            throw new BusinessRuleException("participant-not-approved", $"The registration is {own.Status}; the organizer must approve it first");
        }

        return new MeetingActor(meeting, expoEvent, false, own.Id);
    }

    // Addressed by the path (no event), an unknown meeting is a missing resource; named in a booking's body, a wrong field.
    private static Exception Unknown(Guid? eventId, Guid meetingId) => eventId is null
        ? new NotFoundException("Meeting", meetingId.ToString())
        : new InvalidValueException("meeting_id", $"there is no meeting {meetingId} you may book in this event");
}
