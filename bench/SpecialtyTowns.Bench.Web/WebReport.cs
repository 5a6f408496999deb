using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Bench.Web;

/// <summary>The results as Markdown for docs/performance.md, and the issue's two targets checked.</summary>
internal sealed class WebReport(NetworkProfile profile, int runs, IReadOnlyList<PageResult> results, IReadOnlyList<string> skipped)
{
    /// <summary>Issue 11: no page transfers more than 1 MB (10^6 bytes) before it is usable.</summary>
    public const long MaxBytesUntilUsable = 1_000_000;

    /// <summary>Issue 11: the search page shows results within 3 s of navigation.</summary>
    public static readonly TimeSpan MaxSearchResult = TimeSpan.FromSeconds(3);

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Network: {profile} (Chromium's DevTools emulation); phone viewport 390 × 844, zh-CN; medians of {runs} run(s) per cell.");
        text.AppendLine();
        text.AppendLine("| page | cold: usable after | cold: bytes until usable | cold: bytes in all (requests) | warm: usable after | warm: bytes until usable | cold without compression: bytes until usable | compressed / uncompressed |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var page in results.GroupBy(r => r.Target))
        {
            var cold = page.Single(r => r.Mode == LoadMode.Cold);
            var warm = page.SingleOrDefault(r => r.Mode == LoadMode.Warm);
            var plain = page.SingleOrDefault(r => r.Mode == LoadMode.ColdUncompressed);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{page.Key.Path}` | {Time(cold)} | {Bytes(cold)} | {(cold.Usable ? $"{Kb(cold.MedianBytesTotal)} ({cold.Requests}, {cold.CompressedResponses} compressed)" : "–")} | {Time(warm)} | {Bytes(warm)} | {Bytes(plain)} | {Ratio(cold, plain)} |");
        }

        foreach (var line in skipped)
        {
            text.AppendLine();
            text.Append("Skipped: ").AppendLine(line);
        }

        text.AppendLine();
        foreach (var line in Targets())
        {
            text.Append("- ").AppendLine(line);
        }

        return text.ToString();
    }

    public bool TargetsMet => CompressedResults.All(r => r.Usable && r.LargestBytesUntilUsable <= MaxBytesUntilUsable)
        && SearchResults.All(r => r.SlowestUntilUsable <= MaxSearchResult);

    private IEnumerable<PageResult> CompressedResults => results.Where(r => r.Mode != LoadMode.ColdUncompressed);

    private IEnumerable<PageResult> SearchResults => CompressedResults.Where(r => r.Target.IsSearch);

    private IEnumerable<string> Targets()
    {
        var failed = CompressedResults.Where(r => !r.Usable).ToList();
        foreach (var result in failed)
        {
            yield return $"**not usable**: `{result.Target.Path}` ({result.Mode}): {result.Failure}";
        }

        var heaviest = CompressedResults.Where(r => r.Usable).MaxBy(r => r.LargestBytesUntilUsable);
        if (heaviest is not null)
        {
            var met = heaviest.LargestBytesUntilUsable <= MaxBytesUntilUsable;
            yield return $"No page transfers more than 1 MB before it is usable: **{(met ? "met" : "not met")}** (the most, in any run: {Kb(heaviest.LargestBytesUntilUsable)} for `{heaviest.Target.Path}`, {heaviest.Mode.ToString().ToLowerInvariant()}).";
        }

        var slowest = SearchResults.Where(r => r.Usable).MaxBy(r => r.SlowestUntilUsable);
        if (slowest is not null)
        {
            var met = slowest.SlowestUntilUsable <= MaxSearchResult;
            yield return $"Search results within 3 s of navigation: **{(met ? "met" : "not met")}** (the slowest run: {Seconds(slowest.SlowestUntilUsable)} for `{slowest.Target.Path}`, {slowest.Mode.ToString().ToLowerInvariant()}).";
        }
        else
        {
            yield return "Search results within 3 s: **not measured** (no search page answered with results).";
        }
    }

    private static string Time(PageResult? result) => result switch
    {
        null => "–",
        { Usable: false } => "not usable",
        _ => Seconds(result.MedianUntilUsable),
    };

    private static string Bytes(PageResult? result) => result is { Usable: true } ? Kb(result.MedianBytesUntilUsable) : "–";

    private static string Ratio(PageResult cold, PageResult? plain) =>
        cold.Usable && plain is { Usable: true, MedianBytesUntilUsable: > 0 }
            ? ((double)cold.MedianBytesUntilUsable / plain.MedianBytesUntilUsable).ToString("0.00", CultureInfo.InvariantCulture)
            : "–";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Kb(long bytes) => (bytes / 1000.0).ToString("#,0.0", CultureInfo.InvariantCulture) + " kB";
}
