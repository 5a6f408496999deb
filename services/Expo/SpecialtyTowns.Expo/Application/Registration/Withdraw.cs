using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>
/// A participant withdraws its own registration. Its open requests and its meetings cannot happen without
/// it: they are cancelled in the same transaction and the other parties told (nothing is dropped silently).
/// Withdrawing again changes nothing.
/// </summary>
public sealed class Withdraw(ExpoDbContext db, EventAccess access, IOutbox outbox, IIdempotency idempotency, ParticipantDeparture departure, TimeProvider clock)
{
    public const string Reason = "participant-withdrew";

    public async Task<Participant> ExecuteAsync(WithdrawCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await idempotency.ExecuteAsync(caller, nameof(Withdraw), command, async ct =>
        {
            var participant = await access.OwnParticipantAsync(command.EventId, caller, ct)
                ?? throw new NotFoundException("Registration", command.EventId.ToString());

            // Locked before reading its state, requests and meetings: a concurrent acceptance or booking waits (see ParticipantDeparture).
            await departure.LockAsync([participant.Id], ct);
            await db.Entry(participant).ReloadAsync(ct);
            if (participant.Status == ParticipantStatuses.Withdrawn)
            {
                return participant.Id;
            }

            var now = clock.GetUtcNow();
            participant.Decide(ParticipantStatuses.Withdrawn, caller.Subject, null, now);
            await departure.CloseRequestsAsync(command.EventId, [participant.Id], Reason, now, ct);
            var meetings = await departure.CancelMeetingsAsync(command.EventId, [participant.Id], Reason, now, ct);
            outbox.Add(new ParticipantWithdrew(participant.EventId, participant.Id, participant.Kind, participant.SubjectId, meetings.Select(m => m.Meeting.Id).ToList()));
            return participant.Id;
        }, cancellationToken);
        return await db.Participants.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
    }
}
