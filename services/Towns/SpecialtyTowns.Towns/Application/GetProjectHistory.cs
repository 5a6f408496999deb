using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Who changed a project, when and how: for its town and admins.</summary>
public sealed class GetProjectHistory(TownsDbContext db)
{
    public async Task<IReadOnlyList<ProjectHistoryEntry>> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var project = await db.LoadAsync(caller, id, cancellationToken);
        return project.History.OrderBy(h => h.Id).ToList();
    }
}
