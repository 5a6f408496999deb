using System.Diagnostics;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Matching -- [--seed 42] [--eval-organisations 500]
/// [--eval-projects 20000] [--organisations 10000] [--projects 100000] [--towns 120] [--k 20] [--skip-eval] [--skip-throughput]
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;

        var seed = Arg("--seed", 42);
        var towns = Arg("--towns", 120);
        Console.WriteLine($"# Matching benchmark ({DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores)");
        if (!args.Contains("--skip-eval"))
        {
            new OfflineEvaluation(seed, Arg("--eval-organisations", 500), Arg("--eval-projects", 20_000), towns, Console.Out).Run();
        }

        if (!args.Contains("--skip-throughput"))
        {
            new ThroughputRun(seed, Arg("--organisations", 10_000), Arg("--projects", 100_000), towns, Arg("--k", 20), Console.Out).Run();
        }

        Console.WriteLine($"load average at the end: {LoadAverage()}; process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0} s");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
