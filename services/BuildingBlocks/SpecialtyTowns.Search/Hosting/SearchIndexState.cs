namespace SpecialtyTowns.Search.Hosting;

/// <summary>
/// Opens once the first rebuild from the database is done. Event handling waits for it, so
/// an event applied during the rebuild cannot be overwritten by the rebuild's older snapshot.
/// </summary>
/// <typeparam name="TDocument">The documents of the index it tells about.</typeparam>
public sealed class SearchIndexState<TDocument>
{
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsBuilt => _built.Task.IsCompleted;

    public void MarkBuilt() => _built.TrySetResult();

    public Task WaitUntilBuiltAsync(CancellationToken cancellationToken) => _built.Task.WaitAsync(cancellationToken);
}
