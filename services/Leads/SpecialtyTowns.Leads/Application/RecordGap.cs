using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings the directory's entry of a chain gap up to the state an event of Enterprises carries; older states change nothing.</summary>
public sealed class RecordGap(LeadsDbContext db)
{
    /// <param name="state">Title empty when the event does not carry it (filled, withdrawn): the known title stays; content only from the posted and updated events.</param>
    /// <returns>Whether the entry changed.</returns>
    public Task<bool> ExecuteAsync(GapEntry state, CancellationToken cancellationToken) =>
        db.GapDirectory.UpsertAsync(g => g.GapId == state.GapId, state, entry => entry.Apply(state), cancellationToken);
}
