using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>A project as <see cref="InvestmentProject.IsVisibleTo"/> allows; an invisible one is answered as missing.</summary>
public sealed class GetProject(TownsDbContext db)
{
    public async Task<InvestmentProject> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null || !project.IsVisibleTo(caller))
        {
            throw new NotFoundException("Project", id.ToString());
        }

        return project;
    }
}
