using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace SpecialtyTowns.Search.Hosting;

/// <summary>
/// A folder of this process's own for its search index. The index is rebuilt from the database at every start, so
/// the folder only lets Lucene memory-map the index instead of keeping it on the managed heap; it is deleted at
/// shutdown, and folders left by replicas that died are deleted at the next start.
/// </summary>
public sealed class SearchIndexFolder : IDisposable
{
    private static readonly ConcurrentDictionary<string, byte> MadeHere = new(StringComparer.Ordinal);

    private readonly ILogger<SearchIndexFolder> _logger;

    public SearchIndexFolder(string root, ILogger<SearchIndexFolder> logger)
    {
        _logger = logger;
        Directory.CreateDirectory(root);
        DeleteAbandoned(root);
        Path = System.IO.Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(Path);
        MadeHere.TryAdd(Path, 0);
    }

    /// <summary>Where the index named <paramref name="indexName"/> lives when <c>Search:IndexRoot</c> is not set.</summary>
    public static string DefaultRoot(string indexName) =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"specialtytowns-{indexName}-index");

    public string Path { get; }

    public void Dispose()
    {
        TryDelete(Path);
        MadeHere.TryRemove(Path, out _);
    }

    private void DeleteAbandoned(string root)
    {
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = System.IO.Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            // A folder with this process's id that this process did not make is a previous life's: in a restarted
            // container the id comes back (often 1).
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                && (owner == Environment.ProcessId ? !MadeHere.ContainsKey(folder) : !IsRunning(owner)))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Search index folder {Folder} not deleted: {Reason}", folder, exception.Message);
        }
    }
}
