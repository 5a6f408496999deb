using System.Globalization;

namespace SpecialtyTowns.Bench.Search;

/// <summary>The command line, with every knob bounded so that one run stays short and local.</summary>
internal sealed record BenchOptions
{
    public const string Usage =
        "usage: bench-search [--projects 1..1000000 (100000)] [--rate 1..2000 (100)] [--seconds 5..120 (30)] "
        + "[--concurrency 1..256 (32)] [--query-seed N (7)] [--report FILE (docs/performance.md) | --no-report]";

    public int Projects { get; init; } = 100_000;

    /// <summary>Requests per second of the open-loop phases.</summary>
    public int Rate { get; init; } = 100;

    /// <summary>Length of each measured phase.</summary>
    public int Seconds { get; init; } = 30;

    /// <summary>Workers of the closed-loop (maximum throughput) phases.</summary>
    public int Concurrency { get; init; } = 32;

    public int QuerySeed { get; init; } = 7;

    /// <summary>Markdown file whose "## Search" section receives the results; null writes none.</summary>
    public string? ReportPath { get; init; } = Path.Combine("docs", "performance.md");

    /// <summary>Hard limit on the whole run, set-up included; everything is stopped when it passes.</summary>
    public TimeSpan TotalBudget => TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(8 * Seconds);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--no-report")
            {
                options = options with { ReportPath = null };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            options = name switch
            {
                "--projects" => options with { Projects = Bounded(name, value, 1, 1_000_000) },
                "--rate" => options with { Rate = Bounded(name, value, 1, 2_000) },
                "--seconds" => options with { Seconds = Bounded(name, value, 5, 120) },
                "--concurrency" => options with { Concurrency = Bounded(name, value, 1, 256) },
                "--query-seed" => options with { QuerySeed = Bounded(name, value, 0, int.MaxValue) },
                "--report" => options with { ReportPath = value },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    private static int Bounded(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{value}'");
}
