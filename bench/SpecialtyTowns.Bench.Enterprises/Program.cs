using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Shared;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Enterprises -- --enterprises 100000 --gaps 20000 --rate 100 --seconds 30
var options = await ServiceBench.OptionsAsync(
    new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["--enterprises"] = 100_000,
        ["--gaps"] = 20_000,
        ["--towns"] = 120,
        ["--rate"] = 100,
        ["--filler-rate"] = 20,
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
await using var bench = new ServiceBench("bench-enterprises");
return await bench.RunAsync(() => new EnterprisesBenchmark(options, args, bench).MeasureAsync(stop.Token));
