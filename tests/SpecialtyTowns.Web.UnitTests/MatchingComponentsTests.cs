using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Matching;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class MatchingComponentsTests
{
    [Theory]
    [InlineData("zh-CN", "为什么适合您", "为什么对方可能感兴趣", "行业匹配：金属制品业（C33）", "匹配度 82", "法兰锻造项目")]
    [InlineData("en", "Why it fits you", "Why they may be interested", "Industry match: Metal products (C33)", "Match 82", "Flange forging")]
    public void RecommendationCard_WhenBothSidesHaveReasons_ShowsEachSideUnderItsHeadingInThePageLanguage(string culture, string forYou, string forThem, string reason, string score, string title)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();

        var card = context.Render<RecommendationCard>(p => p.Add(c => c.Item, Project()));

        var sides = card.FindAll(".st-match-side");
        Assert.Equal(["investor", "town"], sides.Select(s => s.GetAttribute("data-side")));
        Assert.Equal([forYou, forThem], sides.Select(s => s.QuerySelector("h3")!.TextContent));
        Assert.Contains(reason, sides[0].QuerySelector(".st-reason[data-feature=industry]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sides[1].QuerySelector(".st-reason[data-feature=completeness]"));
        Assert.Equal(score, card.Find(".st-match-score strong").TextContent);
        Assert.Equal(title, card.Find("a.st-match-title").TextContent.Trim());
        Assert.Equal("/projects/" + Project().Id, card.Find("a.st-match-title").GetAttribute("href"));
    }

    [Fact]
    public void RecommendationCard_WhenSaved_OffersUnsaveAndNotInterestedAndInterestWithAMessageField()
    {
        using var scope = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var item = Project();
        item.Saved = true;

        var card = context.Render<RecommendationCard>(p => p.Add(c => c.Item, item));

        var values = card.FindAll("button[name='Feedback.Press']").Select(b => b.GetAttribute("value")).ToList();
        Assert.Equal([$"unsave:project:{item.Id}", $"not-interested:project:{item.Id}", $"express-interest:project:{item.Id}"], values);
        Assert.Equal("true", card.Find(".st-match-save").GetAttribute("aria-pressed"));
        Assert.Equal("已收藏", card.Find(".st-match-saved").TextContent);
        Assert.Equal("message-" + item.Id, card.Find("textarea").GetAttribute("name"));
    }

    [Fact]
    public void RecommendationCard_WhenInterestWasJustExpressed_ShowsTheLeadLinkInsteadOfTheButtons()
    {
        using var scope = new CultureScope("en");
        using var context = PageContext.Create();

        var card = context.Render<RecommendationCard>(p => p.Add(c => c.Item, Project()).Add(c => c.LeadId, "lead-7"));

        Assert.Empty(card.FindAll("button"));
        Assert.Equal("Lead created", card.Find(".st-match-lead").TextContent);
        Assert.Equal("/investor/leads/lead-7", card.Find("a.st-match-lead-link").GetAttribute("href"));
    }

    [Theory]
    [InlineData("zh-CN", "基金", "上游 · 中游", "股权合作", "中文 · 英文", "为什么适合您")]
    [InlineData("en", "Fund", "Upstream · Midstream", "Equity", "Chinese · English", "Why it fits you")]
    public void InvestorMatchCard_WhenShownToATown_ShowsPublicFieldsAndTheTownsReasonsFirst(string culture, string type, string positions, string mode, string languages, string forYou)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();

        var card = context.Render<InvestorMatchCard>(p => p.Add(c => c.Item, Organisation()));

        Assert.Equal(type, card.Find(".st-match-head .ant-tag").TextContent);
        var facts = card.Find(".st-match-facts").TextContent;
        Assert.Contains(positions, facts, StringComparison.Ordinal);
        Assert.Contains(mode, facts, StringComparison.Ordinal);
        Assert.Contains(languages, facts, StringComparison.Ordinal);
        Assert.Contains("C33", facts, StringComparison.Ordinal);
        Assert.Equal("town", card.Find(".st-match-side").GetAttribute("data-side"));
        Assert.Equal(forYou, card.Find(".st-match-side h3").TextContent);
        Assert.Equal($"save:investor:{Organisation().Id}", card.Find(".st-match-save").GetAttribute("value"));
    }

    [Fact]
    public void InvestorMatchCard_WhenAnEnterpriseCreatedALead_SaysSoWithoutALinkItCannotOpen()
    {
        using var scope = new CultureScope("zh-CN");
        using var context = PageContext.Create();

        var card = context.Render<InvestorMatchCard>(p => p.Add(c => c.Item, Organisation()).Add(c => c.LeadId, "lead-9"));

        Assert.Equal("已建立线索", card.Find(".st-match-lead").TextContent);
        Assert.Empty(card.FindAll("a.st-match-lead-link"));
    }

    private static Recommendation Project() => new()
    {
        Id = "7d1f3c56-4a5e-4f7b-9a51-2d3c4b5a6978",
        Kind = "project",
        Title = "法兰锻造项目",
        TitleEn = "Flange forging",
        TownId = "t1",
        TownName = "定襄法兰专业镇",
        City = "忻州市",
        Score = 81.6,
        InvestorScore = 90,
        TownScore = 74.5,
        IndustryCode = "C33",
        AmountMinFen = 8_000_000_000,
        AmountMaxFen = 15_000_000_000,
        Reasons =
        {
            new MatchReason { Side = "investor", Feature = "industry", Text = "行业匹配：金属制品业（C33）", TextEn = "Industry match: Metal products (C33)", Contribution = 30 },
            new MatchReason { Side = "town", Feature = "completeness", Text = "资料完整度 80%", TextEn = "Profile 80% complete", Contribution = 8 },
        },
    };

    private static InvestorRecommendation Organisation() => new()
    {
        Id = "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
        Name = "晋商产业基金",
        NameEn = "Jinshang Industrial Fund",
        Type = "fund",
        Score = 70,
        InvestorScore = 65,
        TownScore = 76,
        IndustriesSought = { "C33" },
        ChainPositionsSought = { "upstream", "midstream" },
        CooperationModes = { "equity" },
        Languages = { "zh", "en" },
        TicketMinFen = 5_000_000_000,
        TicketMaxFen = 20_000_000_000,
        Completeness = 80,
        Reasons = { new MatchReason { Side = "town", Feature = "ticket", Text = "投资额覆盖项目区间", TextEn = "Ticket covers the project's range", Contribution = 20 } },
    };
}
