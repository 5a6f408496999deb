using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Bookings;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// The partner of a party that did not come (or the event's organizer) confirms the no-show once the
/// check-in window has passed: the meeting becomes a no-show (its place is freed, its record kept)
/// and the place is offered to the first standby candidate, all in one transaction. A party cannot
/// confirm its own no-show; a party checked in at the meeting is no no-show. Confirming it again
/// changes and publishes nothing.
/// </summary>
public sealed class ConfirmNoShow(
    ExpoDbContext db,
    MeetingActors actors,
    StandbyRefill refill,
    StandbyOfferViews views,
    Notifier notifier,
    IOutbox outbox,
    IIdempotency idempotency,
    TimeProvider clock,
    ILogger<ConfirmNoShow> logger)
{
    public Task<NoShowResult> ExecuteAsync(ConfirmNoShowCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, nameof(ConfirmNoShow), command, async ct =>
        {
            var actor = await actors.ForAsync(null, command.MeetingId, caller, ct);
            var meeting = actor.Meeting;
            var party = meeting.Parties.SingleOrDefault(p => p.ParticipantId == command.ParticipantId)
                ?? throw new InvalidValueException("participant_id", $"{command.ParticipantId} is not a party of this meeting");
            if (actor.ParticipantId == command.ParticipantId)
            {
                throw new InvalidValueException("participant_id", "a party cannot confirm its own no-show; its partner or the organizer does");
            }

            if (meeting.Status == MeetingStatuses.NoShow && party.NoShow == NoShowStates.Confirmed)
            {
                return new NoShowResult(meeting.Id, meeting.EventId, meeting.Status, party.ParticipantId, null);
            }

            var now = clock.GetUtcNow();
            await EnsureDueAsync(meeting, party, actor.Event.NoShowAfterMinutes, now, ct);
            party.MarkNoShow(NoShowStates.Confirmed, now);
            meeting.MarkNoShow(now);
            notifier.Notify(meeting.EventId, meeting.PartyIds, NotificationKinds.NoShowConfirmed, meeting.RequestId, meeting.Id, new Dictionary<string, string> { ["participantId"] = party.ParticipantId.ToString() });
            outbox.Add(new MeetingPartyNoShow(meeting.EventId, meeting.Id, party.ParticipantId, NoShowStates.Confirmed, meeting.SlotId, now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("The meeting was changed by someone else at the same time; load it again");
            }

            logger.LogInformation("No-show of participant {ParticipantId} at meeting {MeetingId} confirmed by {Caller}", party.ParticipantId, meeting.Id, caller.Subject);
            var offer = await refill.OfferNextAsync(meeting, actor.Event, now, ct);
            return new NoShowResult(meeting.Id, meeting.EventId, meeting.Status, party.ParticipantId, offer is null ? null : await views.OneAsync(offer, ct));
        }, cancellationToken);

    private async Task EnsureDueAsync(Meeting meeting, MeetingParty party, int noShowAfterMinutes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (meeting.Status != MeetingStatuses.Scheduled || meeting.SlotId is not { } slotId)
        {
            throw new BusinessRuleException("meeting-not-scheduled", $"The meeting is {meeting.Status}; only a scheduled meeting can have a no-show");
        }

        if (party.CheckedInAt is not null)
        {
            throw new BusinessRuleException("party-checked-in", "That party checked in at the meeting");
        }

        var startsAt = await db.Slots.AsNoTracking().Where(s => s.Id == slotId).Select(s => s.StartsAt).SingleAsync(cancellationToken);
        if (now < startsAt.AddMinutes(noShowAfterMinutes))
        {
            throw new BusinessRuleException("no-show-too-early", $"A party is a no-show only {noShowAfterMinutes} minutes after the start ({startsAt:O})");
        }
    }
}
