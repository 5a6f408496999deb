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
public sealed class DecideParticipants(ExpoDbContext db, EventAccess access, IOutbox outbox, IIdempotency idempotency, Notifier notifier, TimeProvider clock)
{
    public async Task<IReadOnlyList<Participant>> ExecuteAsync(DecideParticipantsCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var changed = await idempotency.ExecuteAsync(caller, nameof(DecideParticipants), command, async ct =>
        {
            await access.ManagedEventAsync(command.EventId, caller, ct, track: false);
            var query = db.Participants.Where(p => p.EventId == command.EventId);
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
                outbox.Add(new ParticipantDecided(participant.EventId, participant.Id, participant.Kind, participant.SubjectId, status));
            }

            notifier.Notify(command.EventId, decided.Select(p => p.Id), command.Approve ? NotificationKinds.RegistrationApproved : NotificationKinds.RegistrationRejected);
            return decided.Select(p => p.Id).ToList();
        }, cancellationToken);
        return await db.Participants.AsNoTracking().Where(p => changed.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
    }
}
