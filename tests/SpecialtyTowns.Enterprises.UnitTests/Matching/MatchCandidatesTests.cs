using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Enterprises.Application.Matching;
using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Matching;
using SpecialtyTowns.Enterprises.Infrastructure.Search;
using SpecialtyTowns.Search;

namespace SpecialtyTowns.Enterprises.UnitTests.Matching;

/// <summary>
/// The one-pass candidate retrieval of <see cref="MatchCandidates"/> against the straightforward one it replaced (one
/// search a page, as people's searches run), on generated enterprises and gaps where one town holds a third of
/// everything, so its own documents crowd the first pages of many phrases.
/// </summary>
public sealed class MatchCandidatesTests : IDisposable
{
    private static readonly Guid[] Towns = [.. Enumerable.Range(0, 9).Select(_ => Guid.NewGuid())];

    // The generator picks towns uniformly from this list: the first town four times, so it holds a third.
    private static readonly Guid[] Weighted = [Towns[0], Towns[0], Towns[0], .. Towns];

    private static readonly GapMatcher Matcher = new(MatchingWeights.Default);

    private readonly Dictionary<Guid, Enterprise> _enterprises = SyntheticEnterpriseGenerator.Enterprises(Weighted, 4000).ToDictionary(e => e.Id);
    private readonly Dictionary<Guid, ChainGap> _gaps = SyntheticEnterpriseGenerator.Gaps(Weighted, 1500).ToDictionary(g => g.Id);
    private readonly SearchIndex<SearchDocument> _index = SearchIndex<SearchDocument>.InMemory(EnterprisesSearchSchema.Instance);
    private readonly MatchCandidates _candidates;
    private int _laterPages;

    public MatchCandidatesTests()
    {
        _index.Rebuild([
            .. _enterprises.Values.Select(e => SearchDocuments.Of(e, null, [])),
            .. _gaps.Values.Select(g => SearchDocuments.Of(g, null, null)).OfType<SearchDocument>()]);
        _candidates = new MatchCandidates(_index);
    }

    [Fact]
    public void Find_WhenFillersOfGeneratedGapsAreSought_FindsAndRanksWhatASearchAPageDoes()
    {
        var gaps = _gaps.Values.Where(g => g.Status == GapStatus.Open).Take(60).Select(g => MatchingProfiles.Of(g, null)).ToList();

        var fast = gaps.Select(g => _candidates.Find(SearchKinds.Enterprise, GapWords.Sought(g), g.TownId)).ToList();
        var straightforward = gaps.Select(g => PageByPage(SearchKinds.Enterprise, GapWords.Sought(g), g.TownId)).ToList();

        Assert.True(_laterPages > 0, "some phrase should need a second page");
        Assert.True(fast.Sum(c => c.Count) > 1000, "the gaps should have candidates");
        for (var i = 0; i < gaps.Count; i++)
        {
            Assert.Equal(straightforward[i].Order(), fast[i].Order());
            Assert.Equal(Fillers(gaps[i], straightforward[i]), Fillers(gaps[i], fast[i]));
        }
    }

    [Fact]
    public void Find_WhenGapsForGeneratedEnterprisesAreSought_FindsAndRanksWhatASearchAPageDoes()
    {
        var offers = _enterprises.Values.Take(60).Select(MatchingProfiles.Of).ToList();

        var fast = offers.Select(o => _candidates.Find(SearchKinds.Gap, GapWords.Offered(o), o.TownId)).ToList();
        var straightforward = offers.Select(o => PageByPage(SearchKinds.Gap, GapWords.Offered(o), o.TownId)).ToList();

        Assert.True(_laterPages > 0, "some phrase should need a second page");
        Assert.True(fast.Sum(c => c.Count) > 1000, "the enterprises should have candidates");
        for (var i = 0; i < offers.Count; i++)
        {
            Assert.Equal(straightforward[i].Order(), fast[i].Order());
            Assert.Equal(GapMatches(offers[i], straightforward[i]), GapMatches(offers[i], fast[i]));
        }
    }

    public void Dispose() => _index.Dispose();

    /// <summary>The retrieval as it was: each phrase searched a page at a time, as a person's search would be.</summary>
    private HashSet<Guid> PageByPage(string kind, IEnumerable<string> phrases, Guid excludedTown)
    {
        var ids = new HashSet<Guid>();
        foreach (var phrase in MatchCandidates.Phrases(phrases))
        {
            var found = 0;
            for (var page = 1; page <= MatchCandidates.MaxPagesPerPhrase && found < MatchCandidates.PerPhrase; page++)
            {
                var query = new EnterprisesSearchQuery { Kind = kind, Text = phrase, PageSize = MatchCandidates.PerPhrase, Page = page };
                var result = _index.Search(query.ToSearchQuery() with { PartialMatchThreshold = 0 });
                _laterPages += page > 1 ? 1 : 0;
                foreach (var hit in result.Items.Select(EnterprisesSearchHit.From).Where(h => h.TownId != excludedTown))
                {
                    found++;
                    ids.Add(hit.Id);
                }

                if (page * MatchCandidates.PerPhrase >= result.Total)
                {
                    break;
                }
            }
        }

        return ids;
    }

    private List<string> Fillers(GapNeed gap, IEnumerable<Guid> ids) =>
        [.. Matcher.RankFillers(gap, ids.Select(id => MatchingProfiles.Of(_enterprises[id])), 20).Select(Describe)];

    private List<string> GapMatches(EnterpriseOffer offer, IEnumerable<Guid> ids) =>
        [.. Matcher.RankGaps(offer, ids.Select(id => (MatchingProfiles.Of(_gaps[id], null), _gaps[id].Status)), 20).Select(Describe)];

    private static string Describe(GapFit fit) =>
        $"{fit.Gap.GapId} {fit.Enterprise.EnterpriseId} {fit.Score} {string.Join(" | ", fit.Reasons.Select(r => $"{r.Kind} {r.Matched} {r.Against} {r.Weight} {r.Text} {r.TextEn}"))}";
}
