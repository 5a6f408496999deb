using System.Globalization;

namespace SpecialtyTowns.Expo.Scheduling.Cli;

/// <summary>Parsed arguments of <c>expo-schedule</c>.</summary>
public sealed record CommandLine
{
    public const string Usage =
        "usage: expo-schedule <instance.json|-> [--time-limit SECONDS] [--previous schedule.json] [--workers N] [--greedy] [--no-lp-bound] [--output schedule.json]";

    public string? Instance { get; init; }

    public double TimeLimitSeconds { get; init; } = 30;

    public string? Previous { get; init; }

    public string? Output { get; init; }

    public int? Workers { get; init; }

    public bool GreedyOnly { get; init; }

    public bool LinearRelaxationBound { get; init; } = true;

    public bool Help { get; init; }

    /// <exception cref="ArgumentException">The arguments do not follow <see cref="Usage"/>.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            line = arg switch
            {
                "-h" or "--help" => line with { Help = true },
                "--time-limit" => line with { TimeLimitSeconds = PositiveNumber(arg, Value(args, ref i)) },
                "--previous" => line with { Previous = Value(args, ref i) },
                "--output" or "-o" => line with { Output = Value(args, ref i) },
                "--workers" => line with { Workers = (int)PositiveNumber(arg, Value(args, ref i)) },
                "--greedy" => line with { GreedyOnly = true },
                "--no-lp-bound" => line with { LinearRelaxationBound = false },
                _ when arg.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"unknown option {arg}"),
                _ when line.Instance is null => line with { Instance = arg },
                _ => throw new ArgumentException($"unexpected argument '{arg}'"),
            };
        }

        if (line.Instance is null && !line.Help)
        {
            throw new ArgumentException("missing instance file (use - for standard input)");
        }

        return line;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new ArgumentException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    private static double PositiveNumber(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"{option} needs a positive number, not '{text}'");
}
