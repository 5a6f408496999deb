using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The events a signed-in caller works with, the entry to the Expo pages: an organizer's own (an
/// admin's: every one), a participant's registrations and the events whose registration is open.
/// </summary>
public sealed class ListMyEvents(ExpoDbContext db)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<MyEventItem>> ExecuteAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.IsAdmin || caller.Role == Roles.Organizer)
        {
            var managed = await db.Events.AsNoTracking()
                .Where(e => caller.IsAdmin || e.OrganizerId == caller.UserId)
                .OrderByDescending(e => e.StartsOn).ThenBy(e => e.Name).Take(Limit).ToListAsync(cancellationToken);
            return [.. managed.Select(e => new MyEventItem(e, true, null))];
        }

        if (Participant.SubjectOf(caller) is not { } subject)
        {
            return [];
        }

        var registrations = await db.Participants.AsNoTracking()
            .Where(p => p.Kind == subject.Kind && p.SubjectId == subject.SubjectId)
            .ToDictionaryAsync(p => p.EventId, p => p.Status, cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var events = await db.Events.AsNoTracking()
            .Where(e => registrations.Keys.Contains(e.Id) || (e.RegistrationOpen && e.EndsOn >= today))
            .OrderByDescending(e => e.StartsOn).ThenBy(e => e.Name).Take(Limit).ToListAsync(cancellationToken);
        return [.. events.Select(e => new MyEventItem(e, false, registrations.GetValueOrDefault(e.Id)))];
    }
}
