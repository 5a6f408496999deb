using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Enterprises -- --enterprises 100000 --gaps 20000 --rate 100 --seconds 30
return await ServiceBench.MainAsync(
    "bench-enterprises",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--enterprises"] = 100_000,
        ["--gaps"] = 20_000,
        ["--towns"] = 120,
        ["--rate"] = 100,
        ["--filler-rate"] = 20,
        ["--seconds"] = 30,
    },
    args,
    (options, bench, cancellationToken) => new EnterprisesBenchmark(options, args, bench).MeasureAsync(cancellationToken));
