using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>
/// The organizer approves or rejects many registrations in one transaction (an expo has about
/// 1,500). Only real changes count: a registration already in that status, or withdrawn, is left
/// alone and publishes nothing. An id that is not a registration of the event is refused, naming it.
/// </summary>
public sealed class DecideParticipants(ExpoDbContext db, EventAccess access, IOutbox outbox, IIdempotency idempotency, Notifier notifier, ParticipantDeparture departure, TimeProvider clock)
{
    public const string RejectedReason = "participant-rejected";

    public async Task<IReadOnlyList<Participant>> ExecuteAsync(DecideParticipantsCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var changed = await idempotency.ExecuteAsync(caller, nameof(DecideParticipants), command, async ct =>
        {
            await access.ManagedEventAsync(command.EventId, caller, ct, track: false);
            var query = db.Participants.Where(p => p.EventId == command.EventId);
            if (!command.Approve)
            {
                // A rejection closes requests and meetings: the rows are locked before they are read (see ParticipantDeparture).
                await departure.LockAsync(command.AllPending ? await query.Where(p => p.Status == ParticipantStatuses.Pending).Select(p => p.Id).ToListAsync(ct) : command.ParticipantIds, ct);
            }

            var participants = command.AllPending
                ? await query.Where(p => p.Status == ParticipantStatuses.Pending).ToListAsync(ct)
                : await query.Where(p => command.ParticipantIds.Contains(p.Id)).ToListAsync(ct);
            if (!command.AllPending && participants.Count < command.ParticipantIds.Distinct().Count())
            {
                var found = participants.Select(p => p.Id).ToHashSet();
                var index = command.ParticipantIds.ToList().FindIndex(id => !found.Contains(id));
                throw new InvalidValueException($"participant_ids[{index}]", "is not a registration of this event");
            }

            var status = command.Approve ? ParticipantStatuses.Approved : ParticipantStatuses.Rejected;
            var now = clock.GetUtcNow();
            var decided = participants.Where(p => p.Status != status && p.Status != ParticipantStatuses.Withdrawn).ToList();
            foreach (var participant in decided)
            {
                participant.Decide(status, caller.Subject, command.Note, now);
                outbox.Add(new ParticipantDecided(participant.EventId, participant.Id, participant.Kind, participant.SubjectId, status, participant.OrganisationId));
            }

            if (!command.Approve && decided.Count > 0)
            {
                await CloseAsync(command.EventId, decided.Select(p => p.Id).ToList(), caller, now, ct);
            }

            notifier.Notify(command.EventId, decided.Select(p => p.Id), command.Approve ? NotificationKinds.RegistrationApproved : NotificationKinds.RegistrationRejected);
            return decided.Select(p => p.Id).ToList();
        }, cancellationToken);
        return await db.Participants.AsNoTracking().Where(p => changed.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
    }

    // A rejected participant (perhaps approved before) takes part in nothing: its requests and meetings end with it.
    private async Task CloseAsync(Guid eventId, IReadOnlyCollection<Guid> rejected, Caller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await departure.CloseRequestsAsync(eventId, rejected, RejectedReason, now, cancellationToken);
        foreach (var (meeting, slotId) in await departure.CancelMeetingsAsync(eventId, rejected, RejectedReason, now, cancellationToken))
        {
            outbox.Add(new MeetingCancelled(eventId, meeting.Id, slotId, [.. meeting.PartyIds], RejectedReason, caller.Subject));
        }
    }
}
