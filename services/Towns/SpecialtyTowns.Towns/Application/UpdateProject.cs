using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Revises a project's content; a real change is kept in its history and announced.</summary>
public sealed class UpdateProject(TownsDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock)
{
    public async Task<InvestmentProject> ExecuteAsync(UpdateProjectCommand command, Caller caller, CancellationToken cancellationToken)
    {
        await idempotency.ExecuteAsync(caller, nameof(UpdateProject), command, async ct =>
        {
            var project = await db.LoadAsync(caller, command.Id, ct);
            var now = clock.GetUtcNow();
            if (project.Revise(command.Content, command.TownId, caller.Subject, now))
            {
                outbox.Add(ProjectAnnouncements.Updated(project, now));
            }

            return project.Id;
        }, cancellationToken);
        return await db.Projects.AsNoTracking().SingleAsync(p => p.Id == command.Id, cancellationToken);
    }
}
