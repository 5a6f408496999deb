using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// Ranking quality on labelled synthetic data, all methods in the same run on the same market:
/// investors' project lists (two-sided vs investor side only vs BM25 keyword search) and projects'
/// investor lists (two-sided vs town side only); precision@10 and nDCG@10 averaged over the lists
/// that have at least one relevant item.
/// </summary>
internal sealed class OfflineEvaluation(int seed, int organisations, int projects, int towns, TextWriter output)
{
    private const int K = 10;

    public void Run()
    {
        var market = new SyntheticMarket(seed, organisations, projects, towns);
        var index = market.Index();
        var options = MatchingSettings.Configured();
        var twoSided = new MatchEngine(index, options);
        var investorOnly = new MatchEngine(index, MatchingSettings.OneSided(options, MatchSide.Investor));
        var townOnly = new MatchEngine(index, MatchingSettings.OneSided(options, MatchSide.Town));
        using var keywords = new KeywordSearch(market.Projects);

        var investorLists = new Dictionary<string, List<(double Precision, double Ndcg)>> { ["two-sided"] = [], ["investor side only"] = [], ["keyword search (BM25)"] = [] };
        foreach (var o in market.Organisations)
        {
            var labels = market.Projects.ToDictionary(p => p.Row.ProjectId, p => Relevance.Of(o, p));
            if (!labels.Values.Any(r => r > 0))
            {
                continue;
            }

            Add(investorLists["two-sided"], twoSided.TopOffers(o.Row.Id, OfferKind.Project, K).Select(t => t.Id), labels);
            Add(investorLists["investor side only"], investorOnly.TopOffers(o.Row.Id, OfferKind.Project, K).Select(t => t.Id), labels);
            Add(investorLists["keyword search (BM25)"], keywords.Search(o.Keywords, K), labels);
        }

        var townLists = new Dictionary<string, List<(double Precision, double Ndcg)>> { ["two-sided"] = [], ["town side only"] = [] };
        foreach (var p in market.Projects.Take(Math.Min(projects, 1000)))
        {
            var labels = market.Organisations.ToDictionary(o => o.Row.Id, o => Relevance.Of(o, p));
            if (!labels.Values.Any(r => r > 0))
            {
                continue;
            }

            Add(townLists["two-sided"], twoSided.ForOffer(OfferKind.Project, p.Row.ProjectId, K, _ => false).Select(r => r.OrganisationId), labels);
            Add(townLists["town side only"], townOnly.ForOffer(OfferKind.Project, p.Row.ProjectId, K, _ => false).Select(r => r.OrganisationId), labels);
        }

        output.WriteLine($"## Offline evaluation (seed {seed}: {organisations} organisations, {projects} projects, {towns} towns; labels = both sides' hidden preferences)");
        Report("Investors' project lists", investorLists);
        Report("Projects' investor lists", townLists);
    }

    private static void Add(List<(double, double)> results, IEnumerable<Guid> ranked, Dictionary<Guid, int> labels)
    {
        var relevances = ranked.Select(id => labels.GetValueOrDefault(id)).ToList();
        results.Add((RankingMetrics.PrecisionAt(K, relevances), RankingMetrics.NdcgAt(K, relevances, labels.Values)));
    }

    private void Report(string title, Dictionary<string, List<(double Precision, double Ndcg)>> lists)
    {
        var count = lists.Values.First().Count;
        output.WriteLine($"{title} ({count} lists with a relevant item):");
        output.WriteLine("| method | precision@10 | nDCG@10 |");
        output.WriteLine("| --- | --- | --- |");
        foreach (var (method, results) in lists)
        {
            output.WriteLine($"| {method} | {results.Average(r => r.Precision):0.000} | {results.Average(r => r.Ndcg):0.000} |");
        }
    }
}
