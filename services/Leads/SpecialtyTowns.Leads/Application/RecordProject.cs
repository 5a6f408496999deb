using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings the directory's entry of a project up to the state an event of Towns carries; older states change nothing.</summary>
public sealed class RecordProject(LeadsDbContext db)
{
    /// <returns>Whether the entry changed.</returns>
    public Task<bool> ExecuteAsync(ProjectEntry state, CancellationToken cancellationToken) =>
        db.ProjectDirectory.UpsertAsync(p => p.ProjectId == state.ProjectId, state, entry => entry.Apply(state), cancellationToken);
}
