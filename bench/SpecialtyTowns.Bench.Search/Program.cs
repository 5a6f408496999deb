using System.Globalization;
using SpecialtyTowns.Bench.Search;
using SpecialtyTowns.Bench.Search.Hosting;

// Usage: --projects N --rate RPS --seconds S [--concurrency C] [--query-seed N] [--report FILE | --no-report]
//        --hello-server --port N   (the hello-world baseline; the benchmark starts it itself)
//        --in-process [--projects N] [--ram]  (the search library alone, without network or services)
// See docs/performance.md#search for what it measures and how.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--hello-server"))
{
    return await HelloServer.RunAsync(args);
}

if (args.Contains("--in-process"))
{
    var count = args.SkipWhile(a => a != "--projects").Skip(1).FirstOrDefault() is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
    return await InProcessSearch.RunAsync(count, rounds: 3, inRam: args.Contains("--ram"));
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync($"bench-search: {exception.Message}");
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 2;
}

using var stop = new StopSignal(options.TotalBudget);
return await new SearchBenchmark(options, args).RunAsync(stop.Token);
