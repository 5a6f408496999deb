using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Application.Setup;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>
/// A participant says in which slots it cannot meet (the whole list). A slot newly marked
/// unavailable that holds one of its placed meetings is refused, or with the explicit flag the
/// meeting is unplaced and its parties told (<see cref="PlacedMeetings"/>).
/// </summary>
public sealed class SetAvailability(ExpoDbContext db, EventAccess access, IIdempotency idempotency, PlacedMeetings placed)
{
    public async Task<AvailabilityResult> ExecuteAsync(SetAvailabilityCommand command, Caller caller, CancellationToken cancellationToken) =>
        await idempotency.ExecuteAsync(caller, nameof(SetAvailability), command, async ct =>
        {
            var participant = await access.OwnParticipantAsync(command.EventId, caller, ct)
                ?? throw new NotFoundException("Registration", command.EventId.ToString());

            // A booking locks its parties before reading their availability; locking here before reading
            // the placed meetings means a booking into a slot being made unavailable is seen (and
            // refused or unplaced) rather than both committing.
            await db.LockParticipantsAsync([participant.Id], ct);
            if (participant.Status == ParticipantStatuses.Withdrawn)
            {
                throw new BusinessRuleException("participant-withdrawn", "The registration was withdrawn");
            }

            var wanted = command.UnavailableSlotIds.Distinct().ToList();
            var known = await db.Slots.Where(s => s.EventId == command.EventId && wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
            var unknown = command.UnavailableSlotIds.ToList().FindIndex(id => !known.Contains(id));
            if (unknown >= 0)
            {
                throw new InvalidValueException($"unavailable_slot_ids[{unknown}]", "is not a slot of this event");
            }

            var current = await db.Unavailability.Where(u => u.ParticipantId == participant.Id).ToListAsync(ct);
            var added = wanted.Where(id => current.All(u => u.SlotId != id)).ToList();
            var unplaced = added.Count == 0 ? [] : await placed.UnplaceOrRefuseAsync(command.EventId, added, participant.Id, command.UnplaceMeetings, "participant-unavailable", ct);
            db.Unavailability.RemoveRange(current.Where(u => !wanted.Contains(u.SlotId)));
            db.Unavailability.AddRange(added.Select(id => ParticipantUnavailability.Of(participant.Id, id)));
            return new AvailabilityResult(wanted.Order().ToList(), unplaced);
        }, cancellationToken);
}
