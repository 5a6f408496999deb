using SpecialtyTowns.Bench.Recommendations;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Recommendations -- --organisations 10000 --projects 100000 --seconds 30
return await ServiceBench.MainAsync(
    "bench-recommendations",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--organisations"] = 10_000,
        ["--projects"] = 100_000,
        ["--towns"] = 92,
        ["--rate"] = 20,
        ["--seconds"] = 30,
        ["--fresh"] = 20,
    },
    args,
    (options, bench, cancellationToken) => new RecommendationsBenchmark(options, args, bench).MeasureAsync(cancellationToken));
