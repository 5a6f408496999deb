using SpecialtyTowns.Bench.ExpoRuns;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.ExpoRuns -- --participants 1500 --requests 16000 --time-limit 60
return await ServiceBench.MainAsync(
    "bench-expo-runs",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--participants"] = 1_500,
        ["--requests"] = 16_000,
        ["--slots"] = 48,
        ["--tables"] = 240,
        ["--time-limit"] = 60,
        ["--parallel"] = 16,
    },
    args,
    (options, bench, cancellationToken) => new ExpoRunsBenchmark(options, args, bench).MeasureAsync(cancellationToken));
