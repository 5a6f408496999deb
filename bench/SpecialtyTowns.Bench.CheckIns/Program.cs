using SpecialtyTowns.Bench.CheckIns;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.CheckIns -- --rate 200 --seconds 60
return await ServiceBench.MainAsync(
    "bench-checkins",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--rate"] = 200,
        ["--seconds"] = 60,
        ["--warmup"] = 30,
    },
    args,
    (options, bench, cancellationToken) => new CheckInsBenchmark(options, args, bench).MeasureAsync(cancellationToken));
