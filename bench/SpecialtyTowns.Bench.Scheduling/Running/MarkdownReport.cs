using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Bench.Scheduling.Running;

public static class MarkdownReport
{
    public static string Render(IReadOnlyList<FamilyResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| family | meetings | total weight | scheduled weight | proven bound | LP bound | weight / best bound | proven optimal at (s) | idle slots | time (s) | peak memory (MB) | first-fit weight | first-fit / best bound | first-fit idle | valid | load avg |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|---:|---:|---:|---:|:-:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Family} | {r.Meetings:N0} | {r.TotalWeight:N0} | {r.Weight:N0} | {r.SolverBound:N0} | {(r.LpBound is { } lp ? lp.ToString("N0", CultureInfo.InvariantCulture) : "n/a")} | {Ratio(r.Weight, r.BestBound)} | {(r.ProvenSeconds is { } proven ? proven.ToString("0.0", CultureInfo.InvariantCulture) : "no")} | {r.IdleSlots:N0} | {r.Seconds:0.0} | {r.PeakMegabytes:N0} | {r.FirstFitWeight:N0} | {Ratio(r.FirstFitWeight, r.BestBound)} | {r.FirstFitIdleSlots:N0} | {(r.Valid ? "yes" : "NO")} | {r.LoadAverage:0.0} |"));
        }

        return text.ToString();
    }

    private static string Ratio(long weight, long bound) =>
        bound <= 0 ? "n/a" : (100.0 * weight / bound).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
