namespace SpecialtyTowns.Search.Hosting;

/// <summary>
/// Applies what a service's events change in its index, once the start-up rebuild is done. A service's consumer
/// re-reads the changed records from its database inside <see cref="ApplyAsync"/>, so the order and repetition of
/// events do not matter.
/// </summary>
/// <typeparam name="TDocument">The service's own document type.</typeparam>
public sealed class SearchIndexUpdates<TDocument>(SearchIndex<TDocument> index, SearchIndexState<TDocument> state)
{
    /// <param name="changes">
    /// Reads the current records and says what to upsert and delete. It runs only after the rebuild, so what it
    /// reads is never older than the rebuild's snapshot.
    /// </param>
    /// <param name="cancellationToken">Stops the wait and the read.</param>
    public async Task ApplyAsync(Func<CancellationToken, Task<SearchIndexChanges<TDocument>>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await state.WaitUntilBuiltAsync(cancellationToken);
        var (upserts, deletes) = await changes(cancellationToken);
        if (upserts.Count > 0)
        {
            index.UpsertMany(upserts);
        }

        foreach (var id in deletes)
        {
            index.Delete(id);
        }
    }
}
