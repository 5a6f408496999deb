extern alias enterprises;

using enterprises::SpecialtyTowns.Enterprises.Seeding;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(ChainSeedCollection.Name)]
public sealed class ChainSeedTests(ChainSeedHost host)
{
    private const string Datong = "大同经济技术开发区医药专业镇";

    [Fact]
    public async Task RunSeedSteps_WhenTheSeedHasTheTownsChain_AddsItsNodesAndTheEnterprisesGapsWithTheirEvidenceAndRunsAgainAddNothing()
    {
        var (townId, makers) = await KnownDatongWithMakersAsync();
        var seeding = host.Server.Services.GetRequiredService<TownSeeding>();
        var chains = host.Client<ChainsService.ChainsServiceClient>(TestCaller.Anonymous());

        var seeded = await seeding.RunAsync(townId, CancellationToken.None);
        var chain = await chains.GetTownChainAsync(new GetTownChainRequest { TownId = townId.ToString() });

        Assert.True(seeded);
        Assert.Equal(["药材种植", "辅料", "医药制造", "下游产品"], chain.Nodes.Select(n => n.Content.Name));
        Assert.Equal(["complete", "missing", "complete", "missing"], chain.Nodes.Select(n => n.Content.Status));
        Assert.Equal([makers["广盛原中医药有限公司"], makers["山西双雁药业有限公司"]], chain.Nodes[2].Content.EnterpriseIds);
        Assert.All(chain.Nodes, n => Assert.StartsWith("000_c8ebae3fd5858645.txt: “", n.Content.Evidence, StringComparison.Ordinal));
        var excipients = Assert.Single(chain.OpenGaps, g => g.Content.Keywords.Contains("辅料"));
        Assert.Equal((makers["山西双雁药业有限公司"], chain.Nodes[1].Id, "upstream", "open"), (excipients.EnterpriseId, excipients.Content.ChainNodeId, excipients.ChainPosition, excipients.Status));
        Assert.Contains("excipient", excipients.Content.TitleEn, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("“还将通过园区招商解决辅料、下游产品等问题", excipients.Content.Description, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapPosted", excipients.Id));

        var again = await Task.WhenAll(seeding.RunAsync(townId, CancellationToken.None), seeding.RunAsync(townId, CancellationToken.None));

        Assert.Equal([true, true], again);
        Assert.Equal(4, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = $1", townId));
        Assert.Equal(2, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task RunSeedSteps_WhenTheTownRenamedOrRemovedSeededItems_SeedsNoneOfThemAgain()
    {
        var (townId, makers) = await KnownDatongWithMakersAsync();
        var seeding = host.Server.Services.GetRequiredService<TownSeeding>();
        await seeding.RunAsync(townId, CancellationToken.None);
        var town = TestCaller.Town(townId);
        var chains = host.Client<ChainsService.ChainsServiceClient>(town);
        var chain = await chains.GetTownChainAsync(new GetTownChainRequest { TownId = townId.ToString() });
        var excipients = chain.Nodes.Single(n => n.Content.Name == "辅料");
        var renamed = excipients.Content.Clone();
        renamed.Name = "药用辅料";
        await chains.SaveChainNodeAsync(new SaveChainNodeRequest { Id = excipients.Id, Content = renamed });
        await chains.RemoveChainNodeAsync(new RemoveChainNodeRequest { Id = chain.Nodes.Single(n => n.Content.Name == "药材种植").Id });
        var gap = chain.OpenGaps.Single(g => g.Content.Keywords.Contains("辅料"));
        var retitled = gap.Content.Clone();
        retitled.Title = "药用辅料配套企业招引";
        await host.Client<ChainGapsService.ChainGapsServiceClient>(TestCaller.Enterprise(Guid.Parse(makers["山西双雁药业有限公司"])))
            .UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = retitled });

        var seeded = await seeding.RunAsync(townId, CancellationToken.None);

        Assert.True(seeded);
        Assert.Equal(3, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = $1", townId));
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = $1 AND name IN ('辅料', '药材种植')", townId));
        Assert.Equal(2, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = $1", townId));
    }

    /// <summary>
    /// A town of the test's own named as the seed's Datong town, with the two makers its chain names. Known first under
    /// another name, so the enterprises can be registered before the chain seed names them (in a deployment the
    /// enterprises seed step adds them just before).
    /// </summary>
    private async Task<(Guid TownId, Dictionary<string, string> Makers)> KnownDatongWithMakersAsync()
    {
        var townId = Guid.NewGuid();
        await host.PublishAsync(new TownRegistered(townId, "改名前 " + Guid.NewGuid().ToString("N")[..8], null, "大同", null, null, "advanced-manufacturing", "医药", DateTimeOffset.UtcNow.AddMinutes(-1)));
        await Eventually.TrueAsync(async () => await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1", townId) == 1, TimeSpan.FromSeconds(30), "the town in enterprises");
        var enterprises = host.Client<EnterprisesService.EnterprisesServiceClient>(TestCaller.Admin());
        var makers = new Dictionary<string, string>();
        foreach (var name in new[] { "山西双雁药业有限公司", "广盛原中医药有限公司" })
        {
            var registered = await enterprises.RegisterEnterpriseAsync(new RegisterEnterpriseRequest { TownId = townId.ToString(), Profile = new EnterpriseProfile { Name = name } });
            makers[name] = registered.Id;
        }

        await host.PublishAsync(new TownUpdated(townId, Datong, null, "大同", null, "医药", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1 AND name = $2", townId, Datong) == 1, TimeSpan.FromSeconds(30), "the town's new name");
        return (townId, makers);
    }
}
