using SpecialtyTowns.Towns.Application.Search;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>
/// Keeps this replica's index current: each Towns event re-reads its town or project from the database and says what
/// the index should now hold of it. Every replica has its own temporary queue, so each sees every event.
/// </summary>
public sealed class SearchIndexUpdater(TownsDbContext db, SearchIndexUpdates<SearchDocument> updates) :
    IConsumer<TownRegistered>,
    IConsumer<TownUpdated>,
    IConsumer<ProjectPublished>,
    IConsumer<ProjectUpdated>,
    IConsumer<ProjectStatusChanged>,
    IConsumer<ProjectWithdrawn>
{
    public Task Consume(ConsumeContext<TownRegistered> context) => RefreshTownAsync(context.Message.TownId, context.CancellationToken);

    public Task Consume(ConsumeContext<TownUpdated> context) => RefreshTownAsync(context.Message.TownId, context.CancellationToken);

    public Task Consume(ConsumeContext<ProjectPublished> context) => RefreshProjectAsync(context.Message.ProjectId, context.CancellationToken);

    public Task Consume(ConsumeContext<ProjectUpdated> context) => RefreshProjectAsync(context.Message.ProjectId, context.CancellationToken);

    public Task Consume(ConsumeContext<ProjectStatusChanged> context) => RefreshProjectAsync(context.Message.ProjectId, context.CancellationToken);

    public Task Consume(ConsumeContext<ProjectWithdrawn> context) => RefreshProjectAsync(context.Message.ProjectId, context.CancellationToken);

    private Task RefreshTownAsync(Guid townId, CancellationToken cancellationToken) =>
        updates.ApplyAsync(
            async ct =>
            {
                var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Id == townId, ct);
                if (town is null)
                {
                    return SearchIndexChanges<SearchDocument>.Delete(TownsSearchSchema.IdTerm(townId));
                }

                // Projects carry their town's place and category, so they follow the town.
                var projects = await db.Projects.AsNoTracking().Where(p => p.TownId == townId).ToListAsync(ct);
                return SearchIndexChanges<SearchDocument>.Upsert(
                    [SearchDocuments.Of(town), .. projects.Select(p => SearchDocuments.Of(p, town)).OfType<SearchDocument>()]);
            },
            cancellationToken);

    private Task RefreshProjectAsync(Guid projectId, CancellationToken cancellationToken) =>
        updates.ApplyAsync(
            async ct =>
            {
                var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
                var town = project is null ? null : await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Id == project.TownId, ct);
                return project is null || town is null || SearchDocuments.Of(project, town) is not { } document
                    ? SearchIndexChanges<SearchDocument>.Delete(TownsSearchSchema.IdTerm(projectId))
                    : SearchIndexChanges<SearchDocument>.Upsert([document]);
            },
            cancellationToken);
}
