using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

public sealed class MatchEngineRankingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ForInvestor_WhenAPreferenceIsPlantedInGeneratedData_RanksThePlantedProjectFirst(int seed)
    {
        var (index, organisation, project) = Planted(seed);
        var engine = MatchData.Engine(index);

        var list = engine.ForInvestor(organisation.Id, OfferKind.Project, 10, _ => false);

        Assert.Equal(project.ProjectId, list[0].OfferId);
        Assert.Equal(10, list.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ForOffer_WhenAPreferenceIsPlantedInGeneratedData_RanksThePlantedOrganisationFirst(int seed)
    {
        var (index, organisation, project) = Planted(seed);
        var engine = MatchData.Engine(index);

        var list = engine.ForOffer(OfferKind.Project, project.ProjectId, 10, _ => false);

        Assert.Equal(organisation.Id, list[0].OrganisationId);
    }

    [Fact]
    public void ForInvestor_WhenListed_IsOrderedByScoreThenId()
    {
        var (index, organisation, _) = Planted(4);
        var engine = MatchData.Engine(index);

        var list = engine.ForInvestor(organisation.Id, OfferKind.Project, 50, _ => false);

        Assert.All(list.Zip(list.Skip(1)), p => Assert.True(p.First.Score > p.Second.Score || (p.First.Score == p.Second.Score && p.First.OfferId.CompareTo(p.Second.OfferId) < 0)));
    }

    [Fact]
    public void ForInvestor_WhenOnlyTheInvestorSideLikesAPair_RanksItBelowAPairBothSidesLike()
    {
        var index = new MatchIndex();
        var xinzhou = MatchData.Town("单边镇", "忻州市");
        var taiyuan = MatchData.Town("双边镇", "太原市");
        var organisation = MatchData.Organisation(new OrganisationProfile { Name = "单边投资", IndustriesSought = ["C33"], PreferredRegions = ["忻州"], TicketMinFen = 100 * MatchData.Wan, TicketMaxFen = 200 * MatchData.Wan, ConsentToContact = true });
        var investorOnly = MatchData.Project(xinzhou.TownId, "published", "A01", 100 * MatchData.Wan, 200 * MatchData.Wan, "甲");
        var both = MatchData.Project(taiyuan.TownId, "published", "C33", 500 * MatchData.Wan, 600 * MatchData.Wan, "乙");
        index.Put(xinzhou);
        index.Put(taiyuan);
        index.Put(organisation);
        index.Put(investorOnly);
        index.Put(both);
        index.Publish();
        var engine = new MatchEngine(index, new MatchingOptions
        {
            InvestorWeights = new() { ["region"] = 1, ["ticket"] = 1, ["industry"] = 1 },
            TownWeights = new() { ["industry"] = 1, ["completeness"] = 0.1 },
        });

        var list = engine.ForInvestor(organisation.Id, OfferKind.Project, 10, _ => false);

        Assert.Equal([both.ProjectId, investorOnly.ProjectId], list.Select(r => r.OfferId));
        Assert.True(list[1].InvestorScore > list[0].InvestorScore);
    }

    [Theory]
    [InlineData("harmonic", 0.32)]
    [InlineData("geometric", 0.4)]
    [InlineData("arithmetic", 0.5)]
    public void Combine_WhenConfigured_UsesThatMean(string combination, double expected)
    {
        var combined = MatchScorer.Combine(combination, 0.8, 0.2);

        Assert.Equal(expected, combined, 10);
    }

    [Theory]
    [InlineData(0.5, 0.32)]
    [InlineData(0.7, 0.8 * 0.2 / ((0.7 * 0.2) + (0.3 * 0.8)))]
    [InlineData(0.3, 0.8 * 0.2 / ((0.3 * 0.2) + (0.7 * 0.8)))]
    public void Combine_WhenTheInvestorShareIsSet_IsTheWeightedHarmonicMean(double share, double expected)
    {
        var combined = MatchScorer.Combine("harmonic", 0.8, 0.2, share);

        Assert.Equal(expected, combined, 10);
        Assert.Equal(1 / ((share / 0.8) + ((1 - share) / 0.2)), combined, 10);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void Combine_WhenWeightedAndOneSideScoresZero_IsZeroAndBelowAPairBothLike(double share)
    {
        var oneSided = MatchScorer.Combine("harmonic", 1, 0, share);
        var both = MatchScorer.Combine("harmonic", 0.3, 0.3, share);

        Assert.Equal(0, oneSided);
        Assert.True(both > oneSided);
    }

    [Fact]
    public void Combine_WhenOneSideScoresZero_IsZero()
    {
        var combined = MatchScorer.Combine("harmonic", 0.9, 0);

        Assert.Equal(0, combined);
    }

    internal static (MatchIndex Index, InvestorOrganisation Organisation, ProjectEntry Project) Planted(int seed)
    {
        var random = new Random(seed);
        var index = new MatchIndex();
        var towns = Enumerable.Range(0, 12).Select(i => MatchData.Town($"生成镇{seed}-{i}", i == 0 ? "忻州市" : new[] { "太原市", "大同市", "朔州市" }[i % 3])).ToList();
        towns.ForEach(index.Put);
        var (organisations, projects) = MatchData.Noise(random, towns.Skip(1).Select(t => t.TownId).ToList(), 200, 2000);
        organisations.ForEach(index.Put);
        projects.ForEach(index.Put);
        var organisation = MatchData.Organisation(MatchData.PlantedProfile($"种子投资{seed}"));
        var project = MatchData.PlantedProject(towns[0].TownId);
        index.Put(organisation);
        index.Put(project);
        index.Publish();
        return (index, organisation, project);
    }
}
