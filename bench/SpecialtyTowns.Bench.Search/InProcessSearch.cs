extern alias towns;

using System.Diagnostics;
using System.Globalization;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Search.Load;
using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Search;
using towns::SpecialtyTowns.Towns.Application.Search;
using towns::SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Bench.Search;

/// <summary>
/// The search library alone, in this process: an in-memory index of the same synthetic projects and the same queries,
/// without network, gRPC or gateway. Tells how much of a request's cost is the search itself.
/// </summary>
internal static class InProcessSearch
{
    public static async Task<int> RunAsync(int projects, int rounds, bool inRam)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bench-search-index-" + Guid.NewGuid().ToString("N"));
        var towns = SeedTownDocuments.FromJson(await File.ReadAllTextAsync(RepoPaths.SeedFile))
            .Select(t => t with { Id = Guid.NewGuid(), TownId = Guid.NewGuid() })
            .Select(t => t with { TownId = t.Id })
            .ToList();
        using var index = inRam ? SearchIndex<SearchDocument>.InMemory(TownsSearchSchema.Instance) : new SearchIndex<SearchDocument>(TownsSearchSchema.Instance, folder);
        Console.WriteLine(inRam ? "index in RAMDirectory" : $"index in {folder} (FSDirectory.Open)");
        var clock = Stopwatch.StartNew();
        index.Rebuild([.. towns, .. SyntheticProjectGenerator.Generate(towns, projects)]);
        Console.WriteLine($"indexed {index.Count:N0} documents in {clock.Elapsed.TotalSeconds:0.0} s; RSS {Environment.WorkingSet / 1048576} MiB");
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Console.WriteLine($"after an aggressive collection: GC heap {GC.GetTotalMemory(false) / 1048576} MiB, RSS {Environment.WorkingSet / 1048576} MiB; index files {(Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / 1048576 : 0)} MiB");

        var queries = QueryMix.Generate(7, 1000).Select(q => q.ToSearchQuery()).ToList();
        foreach (var query in queries)
        {
            index.Search(query);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        // As many searching threads as cores, as a busy service has.
        Parallel.For(0, rounds * Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            foreach (var query in queries)
            {
                index.Search(query);
            }
        });

        var searches = rounds * Environment.ProcessorCount * queries.Count;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{searches:N0} searches in {clock.Elapsed.TotalSeconds:0.00} s: {clock.Elapsed.TotalMilliseconds / searches:0.000} ms wall, {used.TotalMilliseconds / searches:0.000} ms CPU per search"));
        Console.WriteLine($"GC heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576} MiB, RSS {Environment.WorkingSet / 1048576} MiB");
        index.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }
}
