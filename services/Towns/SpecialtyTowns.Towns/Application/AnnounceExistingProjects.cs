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
/// never overtakes a newer event still on its way; Leads takes content from it only when it holds
/// none as new. Every other consumer of ProjectUpdated (search, the gateway's caches) refreshes.
/// </summary>
public sealed class AnnounceExistingProjects(TownsDbContext db, IOutbox outbox, TimeProvider clock, ILogger<AnnounceExistingProjects> logger)
{
    /// <summary>Raise the version when a new consumer needs the projects' content replayed again.</summary>
    public const string Replay = "project-content-v1";

    /// <returns>How many projects were announced, or null when this database had its replay.</returns>
    public Task<int?> ExecuteAsync(CancellationToken cancellationToken) => AnnouncementReplays.AnnounceOnceAsync(
        db,
        outbox,
        Replay,
        db.Projects.AsNoTracking().Where(p => p.Status != ProjectStatus.Draft).OrderBy(p => p.UpdatedAt),
        project => ProjectAnnouncements.Updated(project, project.UpdatedAt),
        clock,
        logger,
        cancellationToken);
}
