using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Registration;

/// <summary>Reads of registrations: the organizer's list (with each one's unavailable slots) and a participant's own.</summary>
public sealed class ListParticipants(ExpoDbContext db, EventAccess access)
{
    public async Task<IReadOnlyList<(Participant Participant, IReadOnlyList<Guid> Unavailable)>> ExecuteAsync(Guid eventId, string? status, string? kind, Caller caller, CancellationToken cancellationToken)
    {
        await access.ManagedEventAsync(eventId, caller, cancellationToken, track: false);
        var query = db.Participants.AsNoTracking().Where(p => p.EventId == eventId);
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(p => p.Status == status);
        }

        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(p => p.Kind == kind);
        }

        var participants = await query.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var unavailable = (await db.Unavailability.AsNoTracking()
                .Where(u => db.Participants.Any(p => p.Id == u.ParticipantId && p.EventId == eventId))
                .ToListAsync(cancellationToken))
            .ToLookup(u => u.ParticipantId, u => u.SlotId);
        return participants.Select(p => (p, (IReadOnlyList<Guid>)unavailable[p.Id].Order().ToList())).ToList();
    }

    /// <exception cref="NotFoundException">The caller has no registration for the event.</exception>
    public async Task<(Participant Participant, IReadOnlyList<Guid> Unavailable)> OwnAsync(Guid eventId, Caller caller, CancellationToken cancellationToken)
    {
        var participant = await access.OwnParticipantAsync(eventId, caller, cancellationToken)
            ?? throw new NotFoundException("Registration", eventId.ToString());
        var unavailable = await db.Unavailability.AsNoTracking().Where(u => u.ParticipantId == participant.Id).Select(u => u.SlotId).OrderBy(id => id).ToListAsync(cancellationToken);
        return (participant, unavailable);
    }
}
