using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>Proposed terms must name things of this event: one of its slots, attendees its parties bring.</summary>
public sealed class TermsCheck(ExpoDbContext db)
{
    public async Task EnsureAsync(Guid eventId, RequestTerms terms, IReadOnlyCollection<Participant> parties, CancellationToken cancellationToken)
    {
        if (terms.ProposedSlotId is { } slotId && !await db.Slots.AnyAsync(s => s.Id == slotId && s.EventId == eventId, cancellationToken))
        {
            throw new InvalidValueException("proposed_slot_id", $"'{slotId}' is not a slot of this event");
        }

        var known = parties.SelectMany(p => p.Attendees).Select(a => a.Id).ToHashSet();
        if (terms.AttendeeIds.FirstOrDefault(a => !known.Contains(a)) is var unknown && unknown != Guid.Empty)
        {
            throw new InvalidValueException("attendee_ids", $"'{unknown}' is not an attendee of the request's parties");
        }
    }
}
