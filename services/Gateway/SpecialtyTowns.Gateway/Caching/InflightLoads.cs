using System.Collections.Concurrent;

namespace SpecialtyTowns.Gateway.Caching;

/// <summary>
/// Loads of missing cache entries under way in this replica. When a popular entry expires, the requests that miss it
/// at the same moment wait for one load instead of each asking the service, which under load is slow exactly then.
/// </summary>
public sealed class InflightLoads
{
    private readonly ConcurrentDictionary<string, Task<LoadedEntry>> _loads = new(StringComparer.Ordinal);

    public async Task<LoadedEntry> RunAsync(string key, Func<Task<LoadedEntry>> load)
    {
        var mine = new TaskCompletionSource<LoadedEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _loads.GetOrAdd(key, mine.Task);
        if (shared != mine.Task)
        {
            try
            {
                return await shared;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The first caller's load failed, perhaps only because that caller went away: this one tries for itself.
                return await load();
            }
        }

        try
        {
            var loaded = await load();
            mine.SetResult(loaded);
            return loaded;
        }
        catch (Exception exception)
        {
            mine.SetException(exception);

            // Observed here, so that a failure nobody waited for is not reported again as unobserved.
            _ = mine.Task.Exception;
            throw;
        }
        finally
        {
            _loads.TryRemove(new KeyValuePair<string, Task<LoadedEntry>>(key, mine.Task));
        }
    }
}
