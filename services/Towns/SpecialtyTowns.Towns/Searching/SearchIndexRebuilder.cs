using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Towns.Domain.Projects;
using SpecialtyTowns.Towns.Infrastructure;
using SpecialtyTowns.Towns.Search;

namespace SpecialtyTowns.Towns.Searching;

/// <summary>
/// Builds this replica's index from the database when it starts: the database is the record,
/// the index a copy every replica keeps for itself. Events keep it current afterwards.
/// </summary>
public sealed class SearchIndexRebuilder(IServiceScopeFactory scopes, SearchIndex index, SearchIndexState state, ILogger<SearchIndexRebuilder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RebuildAsync(stoppingToken);

                // The rebuild held every project at once and left the heap that large (about 1 GiB
                // for 100,000 projects, against 0.2 GiB afterwards); give it back once, at start.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                state.MarkBuilt();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Search index rebuild failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TownsDbContext>();
        var towns = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var publicStatuses = new[] { ProjectStatus.Published, ProjectStatus.Negotiating, ProjectStatus.Signed, ProjectStatus.Landed };
        var projects = db.Projects.AsNoTracking().Where(p => publicStatuses.Contains(p.Status)).AsAsyncEnumerable();
        var documents = towns.Values.Select(SearchDocuments.Of).ToList();
        await foreach (var project in projects.WithCancellation(cancellationToken))
        {
            if (towns.TryGetValue(project.TownId, out var town) && SearchDocuments.Of(project, town) is { } document)
            {
                documents.Add(document);
            }
        }

        index.Rebuild(documents);
        logger.LogInformation("Search index rebuilt with {Count} documents in {Elapsed} ms", documents.Count, watch.ElapsedMilliseconds);
    }
}
