using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// Adds a scheduled expo event to the directory, or takes its new name, place and dates. Expo's
/// event carries no version: the last one delivered wins (an organizer's edits are minutes apart).
/// </summary>
public sealed class RecordExpoEvent(LeadsDbContext db)
{
    public Task<bool> ExecuteAsync(ExpoEventEntry state, CancellationToken cancellationToken) =>
        db.ExpoEventDirectory.UpsertAsync(
            e => e.EventId == state.EventId,
            state,
            entry =>
            {
                entry.Reschedule(state.Name, state.City, state.StartsOn, state.EndsOn, state.TimeZone);
                return true;
            },
            cancellationToken);
}
