using Bunit;
using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Components.Gaps;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class GapComponentsTests
{
    [Theory]
    [InlineData("zh-CN", "谁能补上这个缺口", "产品与缺口所需“淀粉”相符", "匹配度 0.87")]
    [InlineData("en", "Who could fill this gap", "Makes starch, which the gap seeks", "Match 0.87")]
    public void FillerList_WhenTheServiceFindsFillers_ListsEachLinkedWithItsScoreAndReasonsInThePageLanguage(string culture, string heading, string reason, string score)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();
        var fillers = new FindGapFillersResponse();
        fillers.Fillers.Add(Filler("e1", "晋中淀粉有限公司", 0.8666, ("product", "产品与缺口所需“淀粉”相符", "Makes starch, which the gap seeks")));
        fillers.Fillers.Add(Filler("e2", "忻州明胶厂", 0.5));

        var list = context.Render<GapFillerList>(p => p.Add(c => c.Fillers, fillers));

        Assert.Equal(heading, list.Find("h2").TextContent);
        var first = list.FindAll("li.st-filler")[0];
        Assert.Equal("/enterprises/e1", first.QuerySelector("a.st-filler-name")!.GetAttribute("href"));
        Assert.Equal(score, first.QuerySelector(".st-filler-score")!.TextContent);
        Assert.Contains(reason, first.QuerySelector(".st-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/towns/t-e1", first.QuerySelector("p.st-hint a")!.GetAttribute("href"));
        Assert.Equal(2, list.FindAll("li.st-filler").Count);
    }

    [Fact]
    public void FillerList_WhenNoneIsFound_SaysSo()
    {
        using var scope = new CultureScope("zh-CN");
        using var context = PageContext.Create();

        var list = context.Render<GapFillerList>(p => p.Add(c => c.Fillers, new FindGapFillersResponse()));

        Assert.Empty(list.FindAll("li"));
        Assert.Contains("暂未找到相符的企业", list.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "征集中", "上游", "500 吨/年")]
    [InlineData("en", "Open", "Upstream", "500 吨/年")]
    public void Facts_WhenAnEnterprisePostedTheGap_ShowsEveryFieldTheNodeAndLinksTheTownAndEnterprise(string culture, string status, string position, string volume)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();

        var facts = context.Render<GapFacts>(p => p.Add(c => c.Gap, Gap()));

        Assert.Equal(status, facts.Find(".st-gap-status-open").TextContent);
        Assert.Equal(position, facts.Find(".st-gap-position").TextContent);
        Assert.Equal(volume, facts.Find(".st-gap-volume").TextContent.Trim());
        Assert.Equal("/towns/t1", facts.Find("a[href^='/towns/']").GetAttribute("href"));
        Assert.Equal("大同经济技术开发区医药工业园", facts.Find("a[href^='/towns/']").TextContent);
        Assert.Equal("大同某制药公司", facts.Find("a[href='/enterprises/e9']").TextContent);
        Assert.Equal(new[] { "淀粉", "明胶" }, facts.FindAll(".st-gap-keywords .ant-tag").Select(t => t.TextContent));
        Assert.Contains("辅料生产线", facts.Find(".st-gap-facts").TextContent, StringComparison.Ordinal);
        Assert.Contains("2027-06-30", facts.Find("time").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_WhenTheTitleHasAnEnglishVersion_ShowsItOnEnglishPagesAndTheChineseMarkedOtherwise()
    {
        using var scope = new CultureScope("en");
        using var context = PageContext.Create();
        var gap = Gap();

        var withEnglish = context.Render<GapFacts>(p => p.Add(c => c.Gap, gap));
        gap.Content.TitleEn = string.Empty;
        var withoutEnglish = context.Render<GapFacts>(p => p.Add(c => c.Gap, gap));

        Assert.Equal("Pharmaceutical excipients", withEnglish.Find("h1").TextContent);
        Assert.Equal("zh-CN", withoutEnglish.Find("h1 span").GetAttribute("lang"));
    }

    [Fact]
    public void Hit_WhenTheResultIsALeadingEnterprise_LinksItsPageAndSaysItLeads()
    {
        using var scope = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var hit = new SearchHit { Id = "e1", Kind = "enterprise", Title = "定襄法兰锻造", Leading = true, TownId = "t1", TownName = "定襄法兰小镇", Highlight = "<em>法兰</em>锻件", IndustryCode = "C33" };

        var view = context.Render<GapSearchHit>(p => p.Add(c => c.Hit, hit));

        Assert.Equal("/enterprises/e1", view.Find("a.st-hit-title").GetAttribute("href"));
        Assert.Contains("龙头企业", view.Find(".st-hit-head").TextContent, StringComparison.Ordinal);
        Assert.Equal("法兰", view.Find("mark").TextContent);
        Assert.Contains("金属制品业", view.Find(".st-hit-meta").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "上游 · 医药 · 辅料")]
    [InlineData("en", "Upstream · 医药 · Excipients")]
    public void Fields_WhenTheTownHasChainNodes_OffersThemByPositionAfterNoneWithTheGapsNodeSelected(string culture, string upstream)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();
        ChainNode[] nodes = [Node("n2", "downstream", "制剂", 0), Node("n1", "upstream", "辅料", 1, "Excipients")];
        var input = new Gateway.Web.Forms.GapInput { ChainNodeId = "n1", Kind = "process", Keywords = "淀粉" };

        var fields = context.Render<GapFields>(p => p.Add(c => c.Input, input).Add(c => c.Nodes, nodes));

        var options = fields.FindAll("#chainNodeId option");
        Assert.Equal(new[] { string.Empty, "n1", "n2" }, options.Select(o => o.GetAttribute("value")));
        Assert.Equal(upstream, options[1].TextContent);
        Assert.True(options[1].HasAttribute("selected"));
        Assert.True(fields.Find("#kind option[value=process]").HasAttribute("selected"));
        Assert.Equal("淀粉", fields.Find("textarea#keywords").TextContent);
    }

    private static ChainNode Node(string id, string position, string name, int order, string nameEn = "") =>
        new() { Id = id, Content = new ChainNodeContent { Chain = "医药", Position = position, Name = name, NameEn = nameEn, SortOrder = order } };

    private static GapFiller Filler(string id, string name, double score, params (string Kind, string Text, string TextEn)[] reasons)
    {
        var filler = new GapFiller { EnterpriseId = id, Name = name, TownId = "t-" + id, TownName = "其他镇", Score = score };
        filler.Reasons.Add(reasons.Select(r => new MatchReason { Kind = r.Kind, Text = r.Text, TextEn = r.TextEn }));
        return filler;
    }

    private static ChainGap Gap()
    {
        var content = new ChainGapContent
        {
            Title = "医药辅料",
            TitleEn = "Pharmaceutical excipients",
            Kind = "product",
            Description = "园区缺少辅料生产线",
            YearlyVolume = "500",
            VolumeUnit = "吨/年",
            Deadline = "2027-06-30",
            IndustryCode = "C27",
        };
        content.Keywords.Add(["淀粉", "明胶"]);
        return new ChainGap
        {
            Id = "g1",
            TownId = "t1",
            TownName = "大同经济技术开发区医药工业园",
            EnterpriseId = "e9",
            EnterpriseName = "大同某制药公司",
            Status = "open",
            ChainPosition = "upstream",
            ChainNodeName = "辅料",
            Content = content,
            UpdatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch),
        };
    }
}
