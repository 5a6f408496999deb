using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>
/// Cancels a meeting for good (its organizer or any party may): its place is freed in the same
/// transaction and every party is told. Cancelling a cancelled meeting changes and publishes nothing.
/// </summary>
public sealed class CancelMeeting(MeetingActors actors, Notifier notifier, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public Task<MeetingPlacement> ExecuteAsync(MeetingActionCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, nameof(CancelMeeting), command, async ct =>
        {
            var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            if (reason?.Length > MaxReasonLength)
            {
                throw new InvalidValueException("reason", $"is {reason.Length} characters long; at most {MaxReasonLength} are allowed");
            }

            var actor = await actors.ForAsync(null, command.MeetingId, caller, ct);
            var meeting = actor.Meeting;
            if (meeting.Status != MeetingStatuses.Cancelled)
            {
                var slotId = meeting.SlotId;
                meeting.Cancel(reason ?? string.Empty, clock.GetUtcNow());
                var data = reason is null ? null : new Dictionary<string, string> { ["reason"] = reason };
                notifier.Notify(meeting.EventId, meeting.PartyIds, NotificationKinds.MeetingCancelled, meeting.RequestId, meeting.Id, data);
                outbox.Add(new MeetingCancelled(meeting.EventId, meeting.Id, slotId, [.. meeting.PartyIds], reason, caller.Subject));
            }

            return Placements.Of(meeting, null, null);
        }, cancellationToken);
}
