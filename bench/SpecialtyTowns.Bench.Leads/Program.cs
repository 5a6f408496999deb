using System.Globalization;
using SpecialtyTowns.Bench.Leads;

// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Leads -- --leads 1000000 --towns 92 --seconds 30
var options = new Dictionary<string, int>(StringComparer.Ordinal)
{
    ["--leads"] = 1_000_000,
    ["--towns"] = 92,
    ["--town-rate"] = 20,
    ["--province-rate"] = 4,
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
return await new LeadsBenchmark(options, args).RunAsync(stop.Token);
