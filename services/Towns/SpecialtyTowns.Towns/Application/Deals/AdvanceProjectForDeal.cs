using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application.Deals;

/// <summary>
/// Moves a project as a deal of the Leads service requires (<see cref="ProjectDealPath"/>): each move is a
/// history entry naming the deal and writes its ProjectStatusChanged, in the consumer's transaction (with
/// its inbox row), so a redelivered event changes nothing.
/// </summary>
public sealed class AdvanceProjectForDeal(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<AdvanceProjectForDeal> logger)
{
    /// <returns>The statuses the project moved through (none when it was already there, unknown, a draft or withdrawn).</returns>
    public async Task<IReadOnlyList<ProjectStatus>> ExecuteAsync(Guid projectId, ProjectStatus target, Guid dealId, string note, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.History).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || !ProjectDealPath.Reaches(project.Status))
        {
            // Nothing to retry: the project is unknown here, or one no deal can sign (a draft, a withdrawn one).
            logger.LogWarning("Deal {DealId} names project {ProjectId}, which is {Status}: left as it is", dealId, projectId, project?.Status.ToString() ?? "unknown");
            return [];
        }

        var moves = ProjectDealPath.MovesTo(project.Status, target);
        var now = clock.GetUtcNow();
        foreach (var next in moves)
        {
            var previous = project.MoveTo(next, $"deal:{dealId}", note, now);
            outbox.Add(new ProjectStatusChanged(project.Id, project.TownId, ProjectKeys.Of(previous), ProjectKeys.Of(next), project.AmountMinFen, project.AmountMaxFen, now));
            logger.LogInformation("Project {ProjectId} moved from {From} to {To} for deal {DealId}", project.Id, previous, next, dealId);
        }

        return moves;
    }
}
