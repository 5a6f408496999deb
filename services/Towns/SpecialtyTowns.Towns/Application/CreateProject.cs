using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Drafts an investment project for a town (<see cref="InvestmentProject.DraftingTownFor"/>).</summary>
public sealed class CreateProject(TownsDbContext db, IIdempotency idempotency, TimeProvider clock, ILogger<CreateProject> logger)
{
    public async Task<InvestmentProject> ExecuteAsync(CreateProjectCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        if (caller.IsAdmin && command.TownId is null)
        {
            throw new BusinessRuleException("project-town-required", "An admin must name the town the project belongs to");
        }

        var owner = InvestmentProject.DraftingTownFor(caller, command.TownId);
        caller.RequireThat(owner is not null, "post projects for this town");
        var id = await idempotency.ExecuteAsync(caller, nameof(CreateProject), command, async ct =>
        {
            if (!await db.Towns.AnyAsync(t => t.Id == owner, ct))
            {
                throw new NotFoundException("Town", owner!.Value.ToString());
            }

            var project = InvestmentProject.Draft(owner!.Value, command.Content, caller.Subject, clock.GetUtcNow());
            db.Projects.Add(project);
            logger.LogInformation("Project {ProjectId} drafted for town {TownId}", project.Id, project.TownId);
            return project.Id;
        }, cancellationToken);
        return await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
    }
}
