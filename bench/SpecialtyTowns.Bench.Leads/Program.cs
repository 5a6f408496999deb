using SpecialtyTowns.Bench.Leads;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Leads -- --leads 1000000 --towns 92 --seconds 30
var options = await ServiceBench.OptionsAsync(
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--leads"] = 1_000_000,
        ["--towns"] = 92,
        ["--town-rate"] = 20,
        ["--province-rate"] = 4,
        ["--move-rate"] = 100,
        ["--seconds"] = 30,
    },
    args);
if (options is null)
{
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
await using var bench = new ServiceBench("bench-leads");
return await bench.RunAsync(() => new LeadsBenchmark(options, args, bench).MeasureAsync(stop.Token));
