using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>A town announced again (Towns' replay) brings its enterprises' announcements; node removal racing a gap post; an unknown town in a post.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class BackfillAndRaceTests(EnterprisesHost host)
{
    private readonly ChainTestData _data = new(host);

    [Fact]
    public async Task TownRegistered_WhenTheTownIsAnnouncedAgainWithEnterprises_AnnouncesEachEnterpriseAgainAndARedeliveryNothingMore()
    {
        var town = EnterpriseRequests.Town();
        await host.KnownTownAsync(town);
        var enterprise = await host.RegisterAsync(town.TownId);
        var replay = Guid.NewGuid();

        await host.PublishAsync(town, replay);
        await Eventually.TrueAsync(async () => await host.CountOutboxAsync("EnterpriseRegistered", enterprise.Id) == 2, EnterpriseRequests.ConsumeDelay, "the enterprise announced again");
        await host.PublishAsync(town, replay);
        await host.PublishAsync(EnterpriseRequests.Town(), Guid.NewGuid());
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(2, await host.CountOutboxAsync("EnterpriseRegistered", enterprise.Id));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1", town.TownId));
    }

    [Fact]
    public async Task RemoveChainNode_WhenGapsArePostedAtTheNodeAtTheSameTime_EitherAllPostsOrTheRemovalWinAndTheOtherSideIsRefusedByName()
    {
        var townId = Guid.NewGuid();
        var town = TestCaller.Town(townId);
        var rounds = new List<(StatusCode[] Posts, StatusCode Remove)>();

        for (var round = 0; round < 15; round++)
        {
            var node = await _data.AddNodeAsync(townId, sortOrder: round);
            var posts = Enumerable.Range(0, 3)
                .Select(_ => Task.Run(() => Outcome(_data.Gaps(town).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(node.Id) }).ResponseAsync, "content.chain_node_id")))
                .ToList();
            var remove = Task.Run(() => Outcome(_data.Chains(town).RemoveChainNodeAsync(new RemoveChainNodeRequest { Id = node.Id }).ResponseAsync, null));
            rounds.Add((await Task.WhenAll(posts), await remove));
        }

        // A removal that came first leaves the posts an unknown node; a post that came first keeps the node (and every later post succeeds).
        Assert.All(rounds, r => Assert.True(
            (r.Remove == StatusCode.OK && r.Posts.All(p => p == StatusCode.InvalidArgument)) || (r.Remove == StatusCode.FailedPrecondition && r.Posts.All(p => p == StatusCode.OK)),
            $"remove {r.Remove}, posts {string.Join(", ", r.Posts)}"));
        Assert.Equal(
            rounds.Sum(r => r.Posts.Count(p => p == StatusCode.OK)),
            await host.CountAsync("SELECT count(*) FROM chain_gaps g JOIN chain_nodes n ON n.id = g.chain_node_id WHERE g.town_id = $1", townId));
    }

    [Fact]
    public async Task PostChainGap_WhenTheBodyNamesAnUnknownTown_FailsInvalidArgumentNamingTownIdAndStoresNothing()
    {
        var node = await _data.AddNodeAsync(Guid.NewGuid());
        var unknown = Guid.NewGuid();

        await RpcAssert.InvalidArgumentAsync(
            () => _data.Gaps(TestCaller.Admin()).PostChainGapAsync(new PostChainGapRequest { TownId = unknown.ToString(), Content = ChainTestData.Content(node.Id) }).ResponseAsync,
            "town_id");

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = $1", unknown));
        Assert.Equal(0, await host.CountOutboxAsync("ChainGapPosted", unknown.ToString()));
    }

    /// <summary>The call's status; a refusal must carry its name (the rule, or the field), never be a bare failure.</summary>
    private static async Task<StatusCode> Outcome(Task call, string? field)
    {
        try
        {
            await call;
            return StatusCode.OK;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
        {
            Assert.Equal("chain-node-in-use", exception.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
            return exception.StatusCode;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.InvalidArgument)
        {
            Assert.Equal(field, Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
            return exception.StatusCode;
        }
    }
}
