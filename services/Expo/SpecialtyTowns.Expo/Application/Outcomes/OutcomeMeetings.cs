using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Bookings;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>
/// The meeting a party records its outcome of, with what the outcome needs: its parties, slot and
/// table. Only a party acts (the organizer does not speak for a party: 403); a meeting the caller is
/// no party of answers 404 as if unknown. A meeting that never had a place, or was cancelled, has no outcome.
/// </summary>
public sealed class OutcomeMeetings(ExpoDbContext db, MeetingActors actors)
{
    public async Task<OutcomeMeeting> ForPartyAsync(Guid meetingId, Caller caller, CancellationToken cancellationToken)
    {
        var actor = await actors.ForAsync(null, meetingId, caller, cancellationToken);
        if (actor.ParticipantId is not { } participantId)
        {
            throw new ForbiddenException("Only a party of the meeting records its outcome");
        }

        var meeting = actor.Meeting;
        if (meeting.Status == MeetingStatuses.Cancelled || meeting.SlotId is null)
        {
            throw new BusinessRuleException("meeting-not-held", "Only a meeting that had a place at the event has an outcome");
        }

        var parties = await db.Participants.AsNoTracking().Where(p => meeting.PartyIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var slot = await db.Slots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == meeting.SlotId, cancellationToken);
        var table = await db.Tables.AsNoTracking().SingleOrDefaultAsync(t => t.Id == meeting.TableId, cancellationToken);
        return new OutcomeMeeting(actor.Event, meeting, participantId, parties, slot, table);
    }
}
