using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// One synthetic market, indexed, with its labels computed once (only the relevant pairs are kept:
/// nDCG's ideal list needs nothing else; mutual labels unless told), so that many weightings can be scored on it cheaply:
/// the evaluation's methods and the weight fit's candidates alike.
/// </summary>
internal sealed class LabelledMarket
{
    public const int K = 10;

    private const int ProjectListsEvaluated = 1000;

    public LabelledMarket(int seed, int organisations, int projects, int towns, Func<HiddenOrganisation, HiddenProject, int>? relevance = null)
    {
        relevance ??= Relevance.Of;
        Seed = seed;
        Market = new SyntheticMarket(seed, organisations, projects, towns);
        Index = Market.Index();
        InvestorLists = [.. Market.Organisations
            .Select(o => (o, Labels: Market.Projects.Select(p => (p.Row.ProjectId, relevance(o, p))).Where(l => l.Item2 > 0).ToDictionary()))
            .Where(l => l.Labels.Count > 0)];
        ProjectLists = [.. Market.Projects.Take(ProjectListsEvaluated)
            .Select(p => (p, Labels: Market.Organisations.Select(o => (o.Row.Id, relevance(o, p))).Where(l => l.Item2 > 0).ToDictionary()))
            .Where(l => l.Labels.Count > 0)];
    }

    public int Seed { get; }

    public SyntheticMarket Market { get; }

    public MatchIndex Index { get; }

    /// <summary>Organisations with at least one relevant project, and their relevant projects' grades.</summary>
    public List<(HiddenOrganisation Organisation, Dictionary<Guid, int> Labels)> InvestorLists { get; }

    /// <summary>The first 1,000 projects that have at least one relevant organisation, and those organisations' grades.</summary>
    public List<(HiddenProject Project, Dictionary<Guid, int> Labels)> ProjectLists { get; }

    /// <summary>Each organisation's top 10 projects as the engine ranks them with these options.</summary>
    public ListQuality InvestorQuality(MatchingOptions options)
    {
        var engine = new MatchEngine(Index, options);
        return Quality(InvestorLists.Select(l => (engine.TopOffers(l.Organisation.Row.Id, OfferKind.Project, K).Select(t => t.Id), l.Labels)));
    }

    /// <summary>The evaluated projects' top 10 organisations as the engine ranks them with these options.</summary>
    public ListQuality ProjectQuality(MatchingOptions options)
    {
        var engine = new MatchEngine(Index, options);
        return Quality(ProjectLists.Select(l => (engine.ForOffer(OfferKind.Project, l.Project.Row.ProjectId, K, _ => false).Select(r => r.OrganisationId), l.Labels)));
    }

    /// <summary>Each organisation's top 10 projects by BM25 over the projects' text, queried with its keywords.</summary>
    public ListQuality KeywordQuality()
    {
        using var keywords = new KeywordSearch(Market.Projects);
        return Quality(InvestorLists.Select(l => (keywords.Search(l.Organisation.Keywords, K).AsEnumerable(), l.Labels)));
    }

    private static ListQuality Quality(IEnumerable<(IEnumerable<Guid> Ranked, Dictionary<Guid, int> Labels)> lists) =>
        ListQuality.Mean([.. lists.Select(l =>
        {
            var relevances = l.Ranked.Select(id => l.Labels.GetValueOrDefault(id)).ToList();
            return (RankingMetrics.PrecisionAt(K, relevances), RankingMetrics.NdcgAt(K, relevances, l.Labels.Values));
        })]);
}
