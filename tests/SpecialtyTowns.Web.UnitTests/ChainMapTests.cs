using Bunit;
using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Components.Enterprises;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class ChainMapTests
{
    [Fact]
    public void Render_WhenNodesSitAtEachPosition_ShowsThreeColumnsInChainOrderWithStatusInWords()
    {
        using var culture = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var chain = Chain(
            Node("n3", "downstream", "法兰销售", "complete", 0),
            Node("n1", "upstream", "钢坯", "missing", 0),
            Node("n2", "midstream", "锻造", "weak", 0));

        var map = context.Render<ChainMap>(p => p.Add(c => c.Chain, chain));

        Assert.Equal(["upstream", "midstream", "downstream"], map.FindAll(".st-chain-column").Select(c => c.GetAttribute("data-position")));
        Assert.Equal(["上游", "中游", "下游"], map.FindAll(".st-chain-position").Select(h => h.TextContent));
        var missing = map.Find("[data-node-id=n1]");
        Assert.Equal("缺链", missing.QuerySelector(".st-chain-status")!.TextContent);
        Assert.Contains("st-chain-status-missing", missing.QuerySelector(".st-chain-status")!.ClassList);
        Assert.Equal("弱链", map.Find("[data-node-id=n2] .st-chain-status").TextContent);
    }

    [Fact]
    public void Render_WhenANodeNamesEnterprisesInEnglish_LinksTheTownsEnterprisesAndLeavesOutUnknownIds()
    {
        using var culture = new CultureScope("en");
        using var context = PageContext.Create();
        var node = Node("n1", "midstream", "锻造", "broken", 0);
        node.Content.NameEn = "Forging";
        node.Content.EnterpriseIds.Add("e1");
        node.Content.EnterpriseIds.Add("gone");
        node.Content.Evidence = "文章：法兰锻造";
        var chain = Chain(node);
        chain.Enterprises.Add(new Enterprise { Id = "e1", Profile = new EnterpriseProfile { Name = "定襄法兰厂", NameEn = "Dingxiang Flanges" } });

        var map = context.Render<ChainMap>(p => p.Add(c => c.Chain, chain));

        var links = map.FindAll("[data-node-id=n1] .st-chain-enterprises a");
        Assert.Equal("/enterprises/e1", Assert.Single(links).GetAttribute("href"));
        Assert.Equal("Dingxiang Flanges", links[0].TextContent.Trim());
        Assert.Equal("Forging", map.Find("[data-node-id=n1] strong").TextContent.Trim());
        Assert.Equal("Broken link", map.Find("[data-node-id=n1] .st-chain-status").TextContent);
        Assert.Contains("法兰锻造", map.Find(".st-chain-evidence").TextContent);
        Assert.Equal("Midstream", map.Find(".st-chain-column[data-position=midstream] h4").TextContent);
    }

    [Fact]
    public void Render_WhenTheTownHasTwoChains_ShowsOneBlockPerChainAndNodesBySortOrder()
    {
        using var culture = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var second = Node("b", "upstream", "原料药", "complete", 2);
        second.Content.Chain = "医药";
        var chain = Chain(Node("a2", "upstream", "乙", "complete", 5), Node("a1", "upstream", "甲", "complete", 1), second);

        var map = context.Render<ChainMap>(p => p.Add(c => c.Chain, chain));

        Assert.Equal(["法兰", "医药"], map.FindAll(".st-chain").Select(c => c.GetAttribute("data-chain")));
        Assert.Equal(["a1", "a2"], map.FindAll(".st-chain[data-chain=法兰] .st-chain-node").Select(n => n.GetAttribute("data-node-id")));
    }

    [Fact]
    public void Render_WhenTheTownHasNoChain_SaysSoInsteadOfEmptyColumns()
    {
        using var culture = new CultureScope("en");
        using var context = PageContext.Create();

        var map = context.Render<ChainMap>(p => p.Add(c => c.Chain, new TownChain { TownId = "t" }));

        Assert.Equal("This town has not published its industrial chain yet.", map.Find(".st-chain-empty").TextContent);
        Assert.Empty(map.FindAll(".st-chain-column"));
    }

    private static TownChain Chain(params ChainNode[] nodes)
    {
        var chain = new TownChain { TownId = "t" };
        chain.Nodes.AddRange(nodes);
        return chain;
    }

    private static ChainNode Node(string id, string position, string name, string status, int order) => new()
    {
        Id = id,
        TownId = "t",
        Content = new ChainNodeContent { Chain = "法兰", Position = position, Name = name, Status = status, SortOrder = order, Products = { "法兰" } },
        UpdatedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)),
        Version = 1,
    };
}
