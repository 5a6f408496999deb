using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Bookings;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>Frees a meeting's place (it stays agreed, unscheduled); an unplaced meeting is left as it is and nothing is published.</summary>
public sealed class UnbookMeeting(MeetingActors actors, Notifier notifier, IOutbox outbox, IIdempotency idempotency)
{
    public Task<MeetingPlacement> ExecuteAsync(MeetingActionCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, nameof(UnbookMeeting), command, async ct =>
        {
            var actor = await actors.ForAsync(null, command.MeetingId, caller, ct);
            var meeting = actor.Meeting;
            BookingRules.EnsureMayPlace(meeting, actor.IsOrganizer);
            if (meeting is { SlotId: { } slotId, TableId: { } tableId })
            {
                meeting.Unplace();
                notifier.Notify(meeting.EventId, meeting.PartyIds, NotificationKinds.MeetingUnscheduled, meeting.RequestId, meeting.Id);
                outbox.Add(new MeetingUnbooked(meeting.EventId, meeting.Id, slotId, tableId, [.. meeting.PartyIds], caller.Subject));
            }

            return Placements.Of(meeting, null, null);
        }, cancellationToken);
}
