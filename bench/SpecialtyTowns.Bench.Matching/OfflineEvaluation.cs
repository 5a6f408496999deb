using System.Globalization;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// Ranking quality on labelled synthetic data, all methods in the same run on the same markets (one
/// per seed): investors' project lists (two-sided vs investor side only vs BM25 keyword search) and
/// projects' investor lists (two-sided vs town side only); precision@10 and nDCG@10 averaged over
/// the lists that have at least one relevant item. "Side only" is that side's score alone with that
/// side's configured weights (the same the two-sided score uses), with main's previous hand-set weights, and
/// fitted on that side's own answers; the margin is also given against the strongest baseline per seed and measure.
/// </summary>
internal sealed class OfflineEvaluation(IReadOnlyList<int> seeds, int organisations, int projects, int towns, TextWriter output)
{
    public void Run()
    {
        var options = MatchingSettings.Configured();
        var sides = MatchingSettings.Sides();
        var handSet = MatchingSettings.HandSet();
        var investorRows = new Dictionary<string, List<ListQuality>>();
        var projectRows = new Dictionary<string, List<ListQuality>>();
        void Add(Dictionary<string, List<ListQuality>> rows, string method, ListQuality q) => (rows.TryGetValue(method, out var l) ? l : rows[method] = []).Add(q);

        foreach (var seed in seeds)
        {
            var market = new LabelledMarket(seed, organisations, projects, towns);
            Add(investorRows, "two-sided", market.InvestorQuality(options));
            Add(investorRows, "investor side only", market.InvestorQuality(MatchingSettings.OneSided(options, MatchSide.Investor)));
            Add(investorRows, "investor side only, previous hand-set weights", market.InvestorQuality(MatchingSettings.OneSided(handSet, MatchSide.Investor)));
            if (sides is not null)
            {
                Add(investorRows, "investor side only, fitted on its own answers", market.InvestorQuality(MatchingSettings.OneSided(sides, MatchSide.Investor)));
            }

            Add(investorRows, "keyword search (BM25)", market.KeywordQuality());
            Add(projectRows, "two-sided", market.ProjectQuality(options));
            Add(projectRows, "town side only", market.ProjectQuality(MatchingSettings.OneSided(options, MatchSide.Town)));
            Add(projectRows, "town side only, previous hand-set weights", market.ProjectQuality(MatchingSettings.OneSided(handSet, MatchSide.Town)));
            if (sides is not null)
            {
                Add(projectRows, "town side only, fitted on its own answers", market.ProjectQuality(MatchingSettings.OneSided(sides, MatchSide.Town)));
            }
        }

        output.WriteLine($"## Offline evaluation (seeds {string.Join(", ", seeds)}: {organisations} organisations, {projects} projects, {towns} towns each; labels = both sides' hidden preferences)");
        Report("Investors' project lists", investorRows);
        Report("Projects' investor lists", projectRows);
    }

    private void Report(string title, Dictionary<string, List<ListQuality>> rows)
    {
        output.WriteLine($"{title} (lists with a relevant item: {string.Join(", ", rows["two-sided"].Select(q => q.Lists))}):");
        output.WriteLine($"| method | {string.Join(" | ", seeds.Select(s => $"seed {s} p@10 | nDCG@10"))} |");
        output.WriteLine($"| --- |{string.Concat(Enumerable.Repeat(" --- | --- |", seeds.Count))}");
        foreach (var (method, qualities) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {method} | {string.Join(" | ", qualities.Select(q => $"{q.Precision:0.000} | {q.Ndcg:0.000}"))} |"));
        }

        var twoSided = rows["two-sided"];
        foreach (var (method, qualities) in rows.Where(r => r.Key != "two-sided"))
        {
            var precision = twoSided.Zip(qualities, (a, b) => (a.Precision / b.Precision) - 1).ToList();
            var ndcg = twoSided.Zip(qualities, (a, b) => (a.Ndcg / b.Ndcg) - 1).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"two-sided vs {method}: p@10 {precision.Min():+0.0%;-0.0%} to {precision.Max():+0.0%;-0.0%}, nDCG@10 {ndcg.Min():+0.0%;-0.0%} to {ndcg.Max():+0.0%;-0.0%}{(precision.Concat(ndcg).All(g => g > 0) ? " (beats it in every seed, both measures)" : " (NOT a win in every seed and measure)")}"));
        }

        // Against the strongest baseline of each seed and measure (it may be a different method in each).
        var baselines = rows.Where(r => r.Key != "two-sided").ToList();
        for (var i = 0; i < seeds.Count; i++)
        {
            var bestPrecision = baselines.MaxBy(r => r.Value[i].Precision);
            var bestNdcg = baselines.MaxBy(r => r.Value[i].Ndcg);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seeds[i]}: two-sided vs the strongest baseline: p@10 {twoSided[i].Precision:0.000} vs {bestPrecision.Value[i].Precision:0.000} ({bestPrecision.Key}) {(twoSided[i].Precision / bestPrecision.Value[i].Precision) - 1:+0.0%;-0.0%}, nDCG@10 {twoSided[i].Ndcg:0.000} vs {bestNdcg.Value[i].Ndcg:0.000} ({bestNdcg.Key}) {(twoSided[i].Ndcg / bestNdcg.Value[i].Ndcg) - 1:+0.0%;-0.0%}"));
        }
    }
}
