using System.Globalization;
using SpecialtyTowns.Bench.Search;
using SpecialtyTowns.Bench.Search.Hosting;

// Usage: --projects N --rate RPS --seconds S [--concurrency C] [--query-seed N] [--report FILE | --no-report]
//        --hello-server --port N   (the hello-world baseline; the benchmark starts it itself)
// See docs/performance.md#search for what it measures and how.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--hello-server"))
{
    return await HelloServer.RunAsync(args);
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
