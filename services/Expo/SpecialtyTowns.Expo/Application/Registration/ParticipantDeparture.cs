using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>
/// What a participant's leaving (it withdraws, or the organizer rejects it after approval) closes:
/// its open requests and its meetings, in the caller's unit of work, the other parties told. The
/// leaving rows are locked first (in id order) so a request accepted or a meeting booked at the same
/// moment, which lock their parties the same way, either commits before and is closed here or
/// waits and then sees the participant gone.
/// </summary>
public sealed class ParticipantDeparture(ExpoDbContext db, IOutbox outbox, Notifier notifier)
{
    public Task LockAsync(IEnumerable<Guid> participantIds, CancellationToken cancellationToken) => db.LockParticipantsAsync(participantIds, cancellationToken);

    /// <summary>Cancels every pending request naming one of them, once each (a request of two leaving parties is one change).</summary>
    public async Task CloseRequestsAsync(Guid eventId, IReadOnlyCollection<Guid> leaving, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requests = await db.MeetingRequests
            .Where(r => r.EventId == eventId && r.Status == RequestStatuses.Pending && r.Parties.Any(p => leaving.Contains(p.ParticipantId)))
            .ToListAsync(cancellationToken);
        foreach (var request in requests)
        {
            var by = request.PartyIds.First(leaving.Contains);
            request.Close(RequestStatuses.Cancelled, now);
            outbox.Add(new MeetingRequestCancelled(request.Id, request.EventId, by, now));
            notifier.Notify(eventId, request.PartyIds.Where(p => !leaving.Contains(p)), NotificationKinds.RequestCancelled, request.Id, data: new Dictionary<string, string> { ["reason"] = reason });
        }
    }

    /// <summary>Cancels every meeting of one of them (its place freed) and tells the remaining parties.</summary>
    /// <returns>The cancelled meetings with the slot each had.</returns>
    public async Task<IReadOnlyList<(Meeting Meeting, Guid? SlotId)>> CancelMeetingsAsync(Guid eventId, IReadOnlyCollection<Guid> leaving, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings
            .Where(m => m.EventId == eventId && m.Status != MeetingStatuses.Cancelled && m.Status != MeetingStatuses.NoShow && m.Parties.Any(p => leaving.Contains(p.ParticipantId)))
            .ToListAsync(cancellationToken);
        var cancelled = new List<(Meeting, Guid?)>();
        foreach (var meeting in meetings)
        {
            cancelled.Add((meeting, meeting.SlotId));
            meeting.Cancel(reason, now);
            notifier.Notify(eventId, meeting.PartyIds.Where(p => !leaving.Contains(p)), NotificationKinds.MeetingCancelled, meetingId: meeting.Id, data: new Dictionary<string, string> { ["reason"] = reason });
        }

        return cancelled;
    }
}
