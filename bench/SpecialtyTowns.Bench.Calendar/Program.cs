using SpecialtyTowns.Bench.Calendar;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Calendar -- --meetings 30 --requests 2000
return await ServiceBench.MainAsync(
    "bench-calendar",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--meetings"] = 30,
        ["--requests"] = 2_000,
        ["--warmup"] = 200,
        ["--concurrency"] = 1,
    },
    args,
    (options, bench, cancellationToken) => new CalendarBenchmark(options, args, bench).MeasureAsync(cancellationToken));
