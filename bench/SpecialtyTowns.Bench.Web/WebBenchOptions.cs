using System.Globalization;

namespace SpecialtyTowns.Bench.Web;

/// <summary>The command line.</summary>
internal sealed record WebBenchOptions
{
    public const string Usage =
        "usage: bench-web [--url http://host:port (default: start the system)] [--runs 1..20 (3)] "
        + "[--page \"/path[|css selector of the content that makes it usable]\"]... [--no-uncompressed]";

    /// <summary>Pages measured when none is given: "{town}" becomes a seed town's id.</summary>
    public static IReadOnlyList<string> DefaultPages { get; } =
    [
        "/",
        "/search?q=汾酒",
        "/search?q=liquor",
        "/towns/" + PageTarget.TownPlaceholder,
        "/account/login",
        "/account/register",
    ];

    /// <summary>A running gateway to measure; null starts the whole system (TestKit's SystemUnderTest).</summary>
    public Uri? Url { get; init; }

    public int Runs { get; init; } = 3;

    public IReadOnlyList<PageTarget> Pages { get; init; } = [.. DefaultPages.Select(PageTarget.Parse)];

    /// <summary>Also load each page cold asking for no compression, to show what compression saves.</summary>
    public bool Uncompressed { get; init; } = true;

    public static WebBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new WebBenchOptions();
        var pages = new List<PageTarget>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--no-uncompressed")
            {
                options = options with { Uncompressed = false };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            switch (name)
            {
                case "--url":
                    options = options with { Url = Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new ArgumentException($"--url: not an absolute URL: {value}") };
                    break;
                case "--runs":
                    options = options with { Runs = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs is >= 1 and <= 20 ? runs : throw new ArgumentException("--runs: 1 to 20") };
                    break;
                case "--page":
                    pages.Add(PageTarget.Parse(value));
                    break;
                default:
                    throw new ArgumentException($"unknown option {name}");
            }
        }

        return pages.Count > 0 ? options with { Pages = pages } : options;
    }
}
