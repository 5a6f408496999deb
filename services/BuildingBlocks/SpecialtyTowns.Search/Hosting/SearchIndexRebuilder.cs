using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpecialtyTowns.Search.Hosting;

/// <summary>
/// Builds this replica's index from the database when it starts: the database is the record,
/// the index a copy every replica keeps for itself. Events keep it current afterwards.
/// </summary>
/// <typeparam name="TDocument">The service's own document type.</typeparam>
public sealed class SearchIndexRebuilder<TDocument>(
    IServiceScopeFactory scopes,
    SearchIndex<TDocument> index,
    SearchIndexState<TDocument> state,
    ILogger<SearchIndexRebuilder<TDocument>> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RebuildAsync(stoppingToken);

                // The rebuild held every document at once and left the heap that large (about 1 GiB
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
        var loader = scope.ServiceProvider.GetRequiredService<ISearchDocumentLoader<TDocument>>();
        var documents = new List<TDocument>();
        await foreach (var document in loader.LoadAllAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            documents.Add(document);
        }

        index.Rebuild(documents);
        logger.LogInformation("Search index rebuilt with {Count} documents in {Elapsed} ms ({Documents})", documents.Count, watch.ElapsedMilliseconds, typeof(TDocument).Name);
    }
}
