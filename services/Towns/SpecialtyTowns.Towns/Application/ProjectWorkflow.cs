using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// Drafting, revising and moving investment projects. Only the owning town (or an admin)
/// touches a project; each change, its history entry and its events commit together.
/// </summary>
public sealed class ProjectWorkflow(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<ProjectWorkflow> logger)
{
    public async Task<InvestmentProject> CreateAsync(Caller caller, Guid? townId, ProjectContent content, string? requestId, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var owner = caller.IsAdmin ? townId : caller.TownId;
        if (owner is null)
        {
            throw new BusinessRuleException("project-town-required", "An admin must name the town the project belongs to");
        }

        caller.RequireThat(caller.IsAdmin || townId is null || townId == caller.TownId, "post projects for this town");
        if (!await db.Towns.AnyAsync(t => t.Id == owner, cancellationToken))
        {
            throw new NotFoundException("Town", owner.Value.ToString());
        }

        var key = string.IsNullOrWhiteSpace(requestId) ? null : requestId.Trim();
        if (key is not null && await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.TownId == owner && p.CreationRequestId == key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var project = InvestmentProject.Draft(owner.Value, content, caller.Subject, key, clock.GetUtcNow());
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId} drafted for town {TownId}", project.Id, project.TownId);
        return project;
    }

    public async Task<InvestmentProject> ReviseAsync(Caller caller, Guid projectId, ProjectContent content, CancellationToken cancellationToken)
    {
        var project = await LoadOwnedAsync(caller, projectId, cancellationToken);
        var now = clock.GetUtcNow();
        if (project.Revise(content, caller.Subject, now))
        {
            outbox.Add(new ProjectUpdated(project.Id, project.TownId, project.Title, ProjectKeys.Of(project.Status), project.IndustryCode, project.AmountMinFen, project.AmountMaxFen, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        return project;
    }

    public async Task<InvestmentProject> ChangeStatusAsync(Caller caller, Guid projectId, ProjectStatus next, string? note, CancellationToken cancellationToken)
    {
        var project = await LoadOwnedAsync(caller, projectId, cancellationToken);
        var now = clock.GetUtcNow();
        var previous = project.MoveTo(next, caller.Subject, note, now);
        outbox.Add(new ProjectStatusChanged(project.Id, project.TownId, ProjectKeys.Of(previous), ProjectKeys.Of(next), project.AmountMinFen, project.AmountMaxFen, now));
        if (next == ProjectStatus.Published && previous == ProjectStatus.Draft)
        {
            outbox.Add(new ProjectPublished(project.Id, project.TownId, project.Title, ProjectKeys.Of(next), project.IndustryCode, project.AmountMinFen, project.AmountMaxFen, now));
        }
        else if (next == ProjectStatus.Withdrawn)
        {
            outbox.Add(new ProjectWithdrawn(project.Id, project.TownId, project.Title, ProjectKeys.Of(next), project.IndustryCode, project.AmountMinFen, project.AmountMaxFen, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Project {ProjectId} moved from {From} to {To}", project.Id, previous, next);
        return project;
    }

    /// <summary>Public projects for anyone; drafts and withdrawn ones only for their town and admins.</summary>
    public async Task<InvestmentProject> GetVisibleAsync(Caller caller, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || !(ProjectLifecycle.IsPublic(project.Status) || caller.IsAdmin || caller.IsTown(project.TownId)))
        {
            throw new NotFoundException("Project", projectId.ToString());
        }

        return project;
    }

    public async Task<IReadOnlyList<ProjectHistoryEntry>> HistoryAsync(Caller caller, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await LoadOwnedAsync(caller, projectId, cancellationToken);
        return project.History.OrderBy(h => h.Id).ToList();
    }

    private async Task<InvestmentProject> LoadOwnedAsync(Caller caller, Guid projectId, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var project = await db.Projects.Include(p => p.History).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);

        // Another town's draft stays invisible; its public projects are visible but not editable.
        if (project is null || !(ProjectLifecycle.IsPublic(project.Status) || caller.IsAdmin || caller.IsTown(project.TownId)))
        {
            throw new NotFoundException("Project", projectId.ToString());
        }

        caller.RequireThat(caller.IsAdmin || caller.IsTown(project.TownId), "change this project");
        return project;
    }
}
