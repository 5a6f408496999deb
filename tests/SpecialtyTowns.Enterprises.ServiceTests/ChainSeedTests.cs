using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(ChainSeedCollection.Name)]
public sealed class ChainSeedTests(ChainSeedHost host)
{
    private const string Datong = "大同经济技术开发区医药专业镇";

    [Fact]
    public async Task TownRegistered_WhenTheSeedHasTheTownsChain_AddsItsNodesAndTheEnterprisesGapsOnceWithTheirEvidence()
    {
        var townId = Guid.NewGuid();
        var admin = TestCaller.Admin();
        var enterprises = host.Client<EnterprisesService.EnterprisesServiceClient>(admin);
        var makers = new Dictionary<string, string>();
        foreach (var name in new[] { "山西双雁药业有限公司", "广盛原中医药有限公司" })
        {
            var registered = await enterprises.RegisterEnterpriseAsync(new RegisterEnterpriseRequest { TownId = townId.ToString(), Profile = new EnterpriseProfile { Name = name } });
            makers[name] = registered.Id;
        }

        await host.PublishAsync(new TownRegistered(townId, Datong, null, "大同", null, null, "advanced-manufacturing", "医药", DateTimeOffset.UtcNow));
        var chains = host.Client<ChainsService.ChainsServiceClient>(TestCaller.Anonymous());
        var chain = await Eventually.GetAsync(
            async () => (await chains.GetTownChainAsync(new GetTownChainRequest { TownId = townId.ToString() })) is { OpenGaps.Count: 2 } seeded ? seeded : null,
            TimeSpan.FromSeconds(60),
            "the Datong pharma town's chain to be seeded");

        Assert.Equal(["药材种植", "辅料", "医药制造", "下游产品"], chain.Nodes.Select(n => n.Content.Name));
        Assert.Equal(["complete", "missing", "complete", "missing"], chain.Nodes.Select(n => n.Content.Status));
        Assert.Equal([makers["广盛原中医药有限公司"], makers["山西双雁药业有限公司"]], chain.Nodes[2].Content.EnterpriseIds);
        Assert.All(chain.Nodes, n => Assert.StartsWith("000_c8ebae3fd5858645.txt: “", n.Content.Evidence, StringComparison.Ordinal));
        var excipients = Assert.Single(chain.OpenGaps, g => g.Content.Keywords.Contains("辅料"));
        Assert.Equal((makers["山西双雁药业有限公司"], chain.Nodes[1].Id, "upstream", "open"), (excipients.EnterpriseId, excipients.Content.ChainNodeId, excipients.ChainPosition, excipients.Status));
        Assert.Contains("excipient", excipients.Content.TitleEn, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("“还将通过园区招商解决辅料、下游产品等问题", excipients.Content.Description, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapPosted", excipients.Id));

        await host.PublishAsync(new TownRegistered(townId, Datong, null, "大同", null, null, "advanced-manufacturing", "医药", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM inbox_messages") >= 2,
            TimeSpan.FromSeconds(30),
            "the second TownRegistered to be handled");

        Assert.Equal(4, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = $1", townId));
        Assert.Equal(2, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = $1", townId));
    }
}
