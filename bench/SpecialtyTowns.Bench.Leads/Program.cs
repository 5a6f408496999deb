using SpecialtyTowns.Bench.Leads;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Leads -- --leads 1000000 --towns 92 --seconds 30
return await ServiceBench.MainAsync(
    "bench-leads",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--leads"] = 1_000_000,
        ["--towns"] = 92,
        ["--town-rate"] = 20,
        ["--province-rate"] = 4,
        ["--move-rate"] = 100,
        ["--seconds"] = 30,
    },
    args,
    (options, bench, cancellationToken) => new LeadsBenchmark(options, args, bench).MeasureAsync(cancellationToken));
