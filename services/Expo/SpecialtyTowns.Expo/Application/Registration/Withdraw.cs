using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>
/// A participant withdraws its own registration. Its meetings cannot happen without it: they are
/// cancelled in the same transaction and the other parties told (nothing is dropped silently).
/// Withdrawing again changes nothing.
/// </summary>
public sealed class Withdraw(ExpoDbContext db, EventAccess access, IOutbox outbox, IIdempotency idempotency, Notifier notifier, TimeProvider clock)
{
    public const string Reason = "participant-withdrew";

    public async Task<Participant> ExecuteAsync(WithdrawCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await idempotency.ExecuteAsync(caller, nameof(Withdraw), command, async ct =>
        {
            var participant = await access.OwnParticipantAsync(command.EventId, caller, ct)
                ?? throw new NotFoundException("Registration", command.EventId.ToString());
            if (participant.Status == ParticipantStatuses.Withdrawn)
            {
                return participant.Id;
            }

            var now = clock.GetUtcNow();
            participant.Decide(ParticipantStatuses.Withdrawn, caller.Subject, null, now);
            var meetings = await db.Meetings
                .Where(m => m.EventId == command.EventId && m.Status != MeetingStatuses.Cancelled && m.Parties.Any(p => p.ParticipantId == participant.Id))
                .ToListAsync(ct);
            foreach (var meeting in meetings)
            {
                meeting.Cancel(Reason, now);
                notifier.Notify(command.EventId, meeting.PartyIds.Where(p => p != participant.Id), NotificationKinds.MeetingCancelled, meetingId: meeting.Id, data: new Dictionary<string, string> { ["reason"] = Reason });
            }

            outbox.Add(new ParticipantWithdrew(participant.EventId, participant.Id, participant.Kind, participant.SubjectId, meetings.Select(m => m.Id).ToList()));
            return participant.Id;
        }, cancellationToken);
        return await db.Participants.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
    }
}
