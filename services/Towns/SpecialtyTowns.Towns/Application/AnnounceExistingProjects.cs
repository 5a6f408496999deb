using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Messaging.Replay;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// Announces every project that ever left draft again (ProjectUpdated with its content), once per
/// database, at start-up: the project events carried no content (English title, descriptions,
/// cooperation modes, land) before Leads' matching needed it, and Leads' directory fills only from
/// events. Each is stamped with the project's last change (UpdatedAt), not the replay's time, so it
/// never overtakes a newer event still on its way; Leads takes content from it only when it has none
/// as new. Every consumer of ProjectUpdated is safe against a repeat (search and caches refresh).
/// </summary>
public sealed class AnnounceExistingProjects(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<AnnounceExistingProjects> logger)
{
    /// <summary>Raise the version when a new consumer needs the projects' content replayed again.</summary>
    public const string Replay = "project-content-v1";

    /// <returns>How many projects were announced, or null when this database had its replay.</returns>
    public async Task<int?> ExecuteAsync(CancellationToken cancellationToken)
    {
        var announced = await AnnouncementReplays.RunOnceAsync(db, Replay, async ct =>
        {
            var projects = await db.Projects.AsNoTracking()
                .Where(p => p.Status != ProjectStatus.Draft)
                .OrderBy(p => p.UpdatedAt)
                .ToListAsync(ct);
            foreach (var project in projects)
            {
                outbox.Add(ProjectAnnouncements.Updated(project, project.UpdatedAt));
            }

            return projects.Count;
        }, clock, cancellationToken);
        if (announced is { } count)
        {
            logger.LogInformation("Replay {Replay}: {Count} existing projects announced again with their content", Replay, count);
        }

        return announced;
    }
}
