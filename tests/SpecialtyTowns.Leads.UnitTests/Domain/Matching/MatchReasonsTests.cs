using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

public sealed class MatchReasonsTests
{
    [Fact]
    public void Score_WhenThePlantedPairFitsOnEveryFeature_GivesEachSideAReasonPerWeighedFeatureInZhAndEn()
    {
        var (index, organisation, project) = MatchEngineRankingTests.Planted(8);
        var engine = MatchData.Engine(index);

        var result = engine.Score(organisation.Id, OfferKind.Project, project.ProjectId)!;

        var investor = result.Reasons.Where(r => r.Side == MatchSide.Investor).Select(r => r.Feature).Order().ToList();
        var town = result.Reasons.Where(r => r.Side == MatchSide.Town).Select(r => r.Feature).Order().ToList();
        Assert.Equal(new[] { "cooperation", "industry", "land", "language", "region", "text", "ticket" }, investor);
        Assert.Equal(new[] { "completeness", "cooperation", "industry", "land", "language", "region", "text", "ticket" }, town);
        Assert.Contains(result.Reasons, r => r.Text == "行业匹配：金属制品业（C33）");
        Assert.Contains(result.Reasons, r => r.TextEn.StartsWith("Industry match: Metal products", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Text == "投资额 5,000万–2亿元 覆盖项目区间 8,000万–1.5亿元");
        Assert.Contains(result.Reasons, r => r.Text == "用地 120 亩 ≥ 需求 80 亩");
        Assert.Contains(result.Reasons, r => r.Text == "共同关键词：法兰、锻造");
        Assert.Contains(result.Reasons, r => r.TextEn == "Cooperation mode in common: joint venture");
    }

    [Fact]
    public void Score_WhenOnlyIndustryAndTicketAreKnown_NamesExactlyThoseFeatures()
    {
        var index = new MatchIndex();
        var town = MatchData.Town("少数据镇", "晋城市");
        var organisation = MatchData.Organisation(new OrganisationProfile { Name = "少数据投资", IndustriesSought = ["C"], TicketMinFen = 10 * MatchData.Wan, ConsentToContact = true });
        var project = MatchData.Project(town.TownId, "published", "C33", 100 * MatchData.Wan, 300 * MatchData.Wan, "无内容项目");
        index.Put(town);
        index.Put(organisation);
        index.Put(project);
        index.Publish();
        var engine = MatchData.Engine(index);

        var result = engine.Score(organisation.Id, OfferKind.Project, project.ProjectId)!;

        Assert.Equal(["industry", "ticket"], result.Reasons.Where(r => r.Side == MatchSide.Investor).Select(r => r.Feature));
        Assert.Equal(["industry", "ticket", "completeness"], result.Reasons.Where(r => r.Side == MatchSide.Town).Select(r => r.Feature));
        Assert.All(result.Reasons, r => Assert.True(r.Text.Any(c => c >= '\u4e00' && c <= '\u9fff'), r.Text));
        Assert.All(result.Reasons, r => Assert.DoesNotContain(r.TextEn, c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.Contains(result.Reasons, r => r.TextEn == "Ticket from CNY 0.1m covers the project range CNY 1m–CNY 3m");
    }

    [Fact]
    public void Score_WhenReasonsAreAllKept_TheirContributionsAddUpToEachSidesScore()
    {
        var (index, organisation, _) = MatchEngineRankingTests.Planted(9);
        var engine = MatchData.Engine(index);

        var results = engine.ForInvestor(organisation.Id, OfferKind.Project, 20, _ => false);

        Assert.All(results, r =>
        {
            Assert.Equal(r.InvestorScore, r.Reasons.Where(x => x.Side == MatchSide.Investor).Sum(x => x.Contribution), 9);
            Assert.Equal(r.TownScore, r.Reasons.Where(x => x.Side == MatchSide.Town).Sum(x => x.Contribution), 9);
        });
    }

    [Fact]
    public void Score_WhenFewerReasonsAreConfigured_KeepsTheMostContributingPerSide()
    {
        var (index, organisation, project) = MatchEngineRankingTests.Planted(10);
        var options = MatchData.Options();
        options.ReasonsPerSide = 2;
        var engine = new MatchEngine(index, options);

        var result = engine.Score(organisation.Id, OfferKind.Project, project.ProjectId)!;

        Assert.Equal(["industry", "ticket"], result.Reasons.Where(r => r.Side == MatchSide.Investor).Select(r => r.Feature));
        Assert.Equal(["industry", "ticket"], result.Reasons.Where(r => r.Side == MatchSide.Town).Select(r => r.Feature));
    }

    [Theory]
    [InlineData("风电法兰", new[] { "风电", "电法", "法兰" })]
    [InlineData("Precision Flange forging, the line", new[] { "precision", "flange", "forging", "line" })]
    [InlineData("钢 and 煤", new[] { "钢", "煤" })]
    public void Terms_WhenGivenText_AreBigramsForChineseAndLowerCasedWordsOtherwise(string text, string[] expected)
    {
        var terms = MatchText.Terms(text);

        Assert.Equal(expected, terms);
    }
}
