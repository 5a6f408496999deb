using MassTransit;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Towns.Contracts;
using SpecialtyTowns.Towns.Infrastructure;
using SpecialtyTowns.Towns.Search;

namespace SpecialtyTowns.Towns.Searching;

/// <summary>
/// Keeps this replica's index current. Every replica has its own temporary queue, so each
/// sees every event; each event re-reads the record from the database, so order and
/// repetition do not matter.
/// </summary>
public sealed class SearchIndexUpdater(TownsDbContext db, SearchIndex index, SearchIndexState state) :
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

    private async Task RefreshTownAsync(Guid townId, CancellationToken cancellationToken)
    {
        await state.WaitUntilBuiltAsync(cancellationToken);
        var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Id == townId, cancellationToken);
        if (town is null)
        {
            index.Delete(townId);
            return;
        }

        // Projects carry their town's place and category, so they follow the town.
        var projects = await db.Projects.AsNoTracking().Where(p => p.TownId == townId).ToListAsync(cancellationToken);
        index.UpsertMany([SearchDocuments.Of(town), .. projects.Select(p => SearchDocuments.Of(p, town)).OfType<SearchDocument>()]);
    }

    private async Task RefreshProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await state.WaitUntilBuiltAsync(cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        var town = project is null ? null : await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Id == project.TownId, cancellationToken);
        if (project is null || town is null || SearchDocuments.Of(project, town) is not { } document)
        {
            index.Delete(projectId);
            return;
        }

        index.Upsert(document);
    }
}
