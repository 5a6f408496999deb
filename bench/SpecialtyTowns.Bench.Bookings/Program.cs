using SpecialtyTowns.Bench.Bookings;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Bookings -- --meetings 4000 --concurrency 64
return await ServiceBench.MainAsync(
    "bench-bookings",
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--participants"] = 400,
        ["--slots"] = 40,
        ["--tables"] = 60,
        ["--meetings"] = 4_000,
        ["--concurrency"] = 64,
    },
    args,
    (options, bench, cancellationToken) => new BookingsBenchmark(options, args, bench).MeasureAsync(cancellationToken));
