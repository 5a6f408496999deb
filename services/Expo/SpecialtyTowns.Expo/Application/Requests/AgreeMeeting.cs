using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>
/// The last acceptance makes the meeting, in the same unit of work: unscheduled, on the agreed
/// terms (the proposed slot is a preference for booking or scheduling, never a hold). Every
/// party's meeting limit is checked first.
/// </summary>
public sealed class AgreeMeeting(ExpoDbContext db, IOutbox outbox, Notifier notifier)
{
    public async Task<Meeting?> IfAllAcceptedAsync(MeetingRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!request.AllAccepted)
        {
            return null;
        }

        var expoEvent = await db.Events.AsNoTracking().SingleAsync(e => e.Id == request.EventId, cancellationToken);
        await EnsureRoomAsync(expoEvent, request, cancellationToken);
        var meeting = Meeting.Create(request.EventId, request.Id, request.PartyIds, request.InterpreterLanguage, request.ProposedSlotId, request.AttendeeIds, request.ProjectId, request.GapId, 1, now);
        db.Meetings.Add(meeting);
        request.BecameMeeting(meeting.Id, now);
        notifier.Notify(request.EventId, request.PartyIds, NotificationKinds.RequestAccepted, request.Id, meeting.Id, new Dictionary<string, string> { ["meeting"] = "agreed" });
        outbox.Add(new MeetingAgreed(meeting.Id, request.Id, request.EventId, [.. meeting.PartyIds], meeting.PreferredSlotId, meeting.InterpreterLanguage, now));
        return meeting;
    }

    private async Task EnsureRoomAsync(ExpoEvent expoEvent, MeetingRequest request, CancellationToken cancellationToken)
    {
        var partyIds = request.PartyIds.ToList();

        // Every party is locked (in id order, so no deadlock) until the commit before it is read: two
        // requests of one participant accepted at once must not both take its last meeting, and a
        // party withdrawing or rejected at the same moment (ParticipantDeparture locks it too) either
        // closed this request first or sees the meeting and cancels it.
        await db.LockParticipantsAsync(partyIds, cancellationToken);
        var parties = await db.Participants.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToListAsync(cancellationToken);
        MeetingParties.EnsureAllApproved(parties);
        if (!parties.Any(p => RequestPolicy.LimitOf(p, expoEvent) is not null))
        {
            return;
        }

        var counts = await db.Meetings.AsNoTracking()
            .Where(m => m.EventId == request.EventId && m.Status != MeetingStatuses.Cancelled)
            .SelectMany(m => m.Parties)
            .Where(p => partyIds.Contains(p.ParticipantId))
            .GroupBy(p => p.ParticipantId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        foreach (var party in parties)
        {
            if (!RequestPolicy.HasRoom(counts.GetValueOrDefault(party.Id), RequestPolicy.LimitOf(party, expoEvent)))
            {
                throw new BusinessRuleException("meeting-limit-reached", $"'{party.Name}' already has as many meetings as it may have at this event")
                {
                    Metadata = new Dictionary<string, string> { ["participantId"] = party.Id.ToString() },
                };
            }
        }
    }
}
