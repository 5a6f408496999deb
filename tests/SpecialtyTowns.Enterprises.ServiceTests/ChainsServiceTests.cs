using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(EnterprisesCollection.Name)]
public sealed class ChainsServiceTests(EnterprisesHost host)
{
    private readonly ChainTestData _data = new(host);

    [Fact]
    public async Task GetTownChain_WhenAnyoneAsks_GivesNodesInChainOrderEnterprisesLeadingFirstAndSoughtGapsNewestFirst()
    {
        var townId = Guid.NewGuid();
        var plain = await _data.RegisterEnterpriseAsync(townId, name: "A 普通 " + ChainTestData.Unique());
        var leading = await _data.RegisterEnterpriseAsync(townId, leading: true, name: "Z 龙头 " + ChainTestData.Unique());
        var downstream = await _data.AddNodeAsync(townId, "downstream");
        var upstreamSecond = await _data.AddNodeAsync(townId, "upstream", 2);
        var midstream = await _data.AddNodeAsync(townId, "midstream", 0, leading.Id);
        var upstreamFirst = await _data.AddNodeAsync(townId, "upstream", 1);
        var town = TestCaller.Town(townId);
        var older = await _data.Gaps(town).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(midstream.Id) });
        var newer = await _data.Gaps(town).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(midstream.Id) });
        var gone = await _data.Gaps(town).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(downstream.Id) });
        await _data.MoveAsync(town, gone, "withdrawn");

        var chain = await _data.Chains(TestCaller.Anonymous()).GetTownChainAsync(new GetTownChainRequest { TownId = townId.ToString() });

        Assert.Equal([upstreamFirst.Id, upstreamSecond.Id, midstream.Id, downstream.Id], chain.Nodes.Select(n => n.Id));
        Assert.Equal([0, 0, 2, 0], chain.Nodes.Select(n => n.OpenGapCount));
        Assert.Equal([leading.Id, plain.Id], chain.Enterprises.Select(e => e.Id));
        Assert.Equal(2, chain.EnterpriseCount);
        Assert.All(chain.Enterprises, e => Assert.Empty(e.Profile.Contacts));
        Assert.Equal([newer.Id, older.Id], chain.OpenGaps.Select(g => g.Id));
        Assert.Equal(chain.Nodes.Max(n => n.UpdatedAt.ToDateTimeOffset()), chain.UpdatedAt.ToDateTimeOffset());
    }

    [Fact]
    public async Task GetTownChain_WhenTheTownHasNoChain_IsEmptyWithoutUpdatedAt()
    {
        var townId = await _data.KnownTownAsync(Guid.NewGuid());

        var chain = await _data.Chains(TestCaller.Anonymous()).GetTownChainAsync(new GetTownChainRequest { TownId = townId.ToString() });

        Assert.Empty(chain.Nodes);
        Assert.Null(chain.UpdatedAt);
    }

    [Fact]
    public async Task GetTownChain_WhenTheTownIsUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Chains(TestCaller.Anonymous()).GetTownChainAsync(new GetTownChainRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task SaveChainNode_WhenAdminAddsForAnUnknownTown_FailsNotFoundAndStoresNothing()
    {
        var townId = Guid.NewGuid();

        await RpcAssert.FailsAsync(
            StatusCode.NotFound,
            () => _data.Chains(TestCaller.Admin()).SaveChainNodeAsync(new SaveChainNodeRequest { TownId = townId.ToString(), Content = ChainTestData.Node() }).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task SaveChainNode_WhenTownEditsWithItsVersion_ReplacesAndRaisesTheVersion()
    {
        var townId = Guid.NewGuid();
        var node = await _data.AddNodeAsync(townId);
        var content = node.Content.Clone();
        content.Status = "weak";

        var saved = await _data.Chains(TestCaller.Town(townId)).SaveChainNodeAsync(new SaveChainNodeRequest { Id = node.Id, Content = content, ExpectedVersion = 1 });

        Assert.Equal(("weak", 2), (saved.Content.Status, saved.Version));
        var error = await RpcAssert.FailsAsync(
            StatusCode.FailedPrecondition,
            () => _data.Chains(TestCaller.Town(townId)).SaveChainNodeAsync(new SaveChainNodeRequest { Id = node.Id, Content = node.Content, ExpectedVersion = 1 }).ResponseAsync);
        Assert.Equal("stale-version", error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
    }

    [Theory]
    [InlineData("another town")]
    [InlineData("enterprise")]
    [InlineData("investor")]
    [InlineData("anonymous")]
    public async Task SaveChainNode_WhenNotTheTownOrAdmin_FailsPermissionDenied(string who)
    {
        var node = await _data.AddNodeAsync(Guid.NewGuid());
        var caller = who == "another town" ? TestCaller.Town(Guid.NewGuid()) : TestCaller.OfRole(who);
        var content = node.Content.Clone();
        content.Status = "broken";

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Chains(caller).SaveChainNodeAsync(new SaveChainNodeRequest { Id = node.Id, Content = content }).ResponseAsync);
    }

    [Fact]
    public async Task SaveChainNode_WhenAnEnterpriseIsAnotherTowns_FailsInvalidArgumentAndStoresNothing()
    {
        var townId = await _data.KnownTownAsync(Guid.NewGuid());
        var foreign = await _data.RegisterEnterpriseAsync(Guid.NewGuid());

        await RpcAssert.InvalidArgumentAsync(
            () => _data.Chains(TestCaller.Town(townId)).SaveChainNodeAsync(new SaveChainNodeRequest { Content = ChainTestData.Node("midstream", 0, foreign.Id) }).ResponseAsync,
            "content.enterprise_ids");

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task SaveChainNode_WhenShapeIsBad_FailsInvalidArgumentNamingEveryField()
    {
        var content = ChainTestData.Node();
        content.Position = "sideways";
        content.Status = "ok";
        content.Name = new string('链', 201);

        await RpcAssert.InvalidArgumentAsync(
            () => _data.Chains(TestCaller.Town(Guid.NewGuid())).SaveChainNodeAsync(new SaveChainNodeRequest { Content = content }).ResponseAsync,
            "content.position", "content.status", "content.name");
    }

    [Fact]
    public async Task RemoveChainNode_WhenAGapIsSoughtThere_FailsUntilItIsWithdrawnThenLetsTheGapGo()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var request = new RemoveChainNodeRequest { Id = gap.Content.ChainNodeId };

        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => _data.Chains(town).RemoveChainNodeAsync(request).ResponseAsync);
        await _data.MoveAsync(town, gap, "withdrawn");
        await _data.Chains(town).RemoveChainNodeAsync(request);

        Assert.Equal("chain-node-in-use", error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_nodes WHERE id = $1", Guid.Parse(request.Id)));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE id = $1 AND chain_node_id IS NULL", Guid.Parse(gap.Id)));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }
}
