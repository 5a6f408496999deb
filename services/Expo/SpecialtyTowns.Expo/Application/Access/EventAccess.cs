using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Access;

/// <summary>
/// Who may touch an event's data: its organizer (and admins) manage it; a participant acts only for
/// its own registration. Another organizer's event answers 404, as if it did not exist, so that
/// event ids cannot be probed.
/// </summary>
public sealed class EventAccess(ExpoDbContext db)
{
    /// <exception cref="NotFoundException">No such event, or the caller does not run it.</exception>
    public async Task<ExpoEvent> ManagedEventAsync(Guid eventId, Caller caller, CancellationToken cancellationToken, bool track = true)
    {
        var events = track ? db.Events : db.Events.AsNoTracking();
        var expoEvent = await events.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (expoEvent is null || !expoEvent.IsManagedBy(caller))
        {
            throw new NotFoundException("Event", eventId.ToString());
        }

        return expoEvent;
    }

    /// <summary>The caller's own registration for the event, or null when it has none (or is no participant kind).</summary>
    public Task<Participant?> OwnParticipantAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        if (Participant.SubjectOf(caller) is not { } subject)
        {
            return Task.FromResult<Participant?>(null);
        }

        return db.Participants.SingleOrDefaultAsync(p => p.EventId == eventId && p.Kind == subject.Kind && p.SubjectId == subject.SubjectId, cancellationToken);
    }

    /// <summary>The caller's approved registration for the event.</summary>
    /// <exception cref="BusinessRuleException">The caller is not registered, or not yet approved.</exception>
    public async Task<Participant> ApprovedParticipantAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var participant = await OwnParticipantAsync(eventId, caller, cancellationToken)
            ?? throw new BusinessRuleException("participant-not-registered", "Register for the event first");
        if (!participant.IsApproved)
        {
            throw new BusinessRuleException("participant-not-approved", $"The registration is {participant.Status}; the organizer must approve it first");
        }

        return participant;
    }
}
