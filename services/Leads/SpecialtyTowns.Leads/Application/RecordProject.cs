using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings the directory's entry of a project up to the state an event of Towns carries; older states change nothing.</summary>
public sealed class RecordProject(LeadsDbContext db)
{
    /// <returns>Whether the entry changed.</returns>
    public async Task<bool> ExecuteAsync(ProjectEntry state, CancellationToken cancellationToken)
    {
        if (await db.ProjectDirectory.SingleOrDefaultAsync(p => p.ProjectId == state.ProjectId, cancellationToken) is { } entry)
        {
            return entry.Apply(state);
        }

        db.ProjectDirectory.Add(state);
        return true;
    }
}
