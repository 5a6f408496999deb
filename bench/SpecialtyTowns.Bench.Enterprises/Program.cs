using System.Globalization;
using SpecialtyTowns.Bench.Enterprises;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Enterprises -- --enterprises 100000 --gaps 20000 --rate 100 --seconds 30
var options = new Dictionary<string, int>(StringComparer.Ordinal)
{
    ["--enterprises"] = 100_000,
    ["--gaps"] = 20_000,
    ["--towns"] = 120,
    ["--rate"] = 100,
    ["--filler-rate"] = 20,
    ["--seconds"] = 30,
};
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!options.ContainsKey(args[i]))
    {
        await Console.Error.WriteLineAsync($"unknown option {args[i]}; options: {string.Join(", ", options.Keys)}");
        return 2;
    }

    options[args[i]] = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await new EnterprisesBenchmark(options, args).RunAsync(stop.Token);
