using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>Moves a project along <see cref="ProjectLifecycle"/>; the move, its history entry and its events commit together.</summary>
public sealed class ChangeProjectStatus(TownsDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock, ILogger<ChangeProjectStatus> logger)
{
    public async Task<InvestmentProject> ExecuteAsync(ChangeProjectStatusCommand command, Caller caller, CancellationToken cancellationToken)
    {
        await idempotency.ExecuteAsync(caller, nameof(ChangeProjectStatus), command, async ct =>
        {
            var project = await db.LoadAsync(caller, command.Id, ct);
            var now = clock.GetUtcNow();
            var next = command.Status;
            var previous = project.MoveTo(next, caller.Subject, command.Note, now);
            outbox.Add(new ProjectStatusChanged(project.Id, project.TownId, ProjectKeys.Of(previous), ProjectKeys.Of(next), project.AmountMinFen, project.AmountMaxFen, now));
            if (next == ProjectStatus.Published && previous == ProjectStatus.Draft)
            {
                outbox.Add(ProjectAnnouncements.Published(project, now));
            }
            else if (next == ProjectStatus.Withdrawn)
            {
                outbox.Add(ProjectAnnouncements.Withdrawn(project, now));
            }

            logger.LogInformation("Project {ProjectId} moved from {From} to {To}", project.Id, previous, next);
            return project.Id;
        }, cancellationToken);
        return await db.Projects.AsNoTracking().SingleAsync(p => p.Id == command.Id, cancellationToken);
    }
}
