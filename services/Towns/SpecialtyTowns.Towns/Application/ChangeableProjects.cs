using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Loads a project (with its history) for a caller who means to change it or read its history.</summary>
public static class ChangeableProjects
{
    public static async Task<InvestmentProject> LoadAsync(this TownsDbContext db, Caller caller, Guid projectId, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var project = await db.Projects.Include(p => p.History).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);

        // Another town's draft stays invisible; its public projects are visible but not changeable.
        if (project is null || !project.IsVisibleTo(caller))
        {
            throw new NotFoundException("Project", projectId.ToString());
        }

        caller.RequireThat(project.MayBeChangedBy(caller), "change this project");
        return project;
    }
}
