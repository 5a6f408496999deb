using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Bad input, who may edit or see a gap, and lists.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class ChainGapsAccessTests(EnterprisesHost host)
{
    private readonly ChainTestData _data = new(host);

    public static TheoryData<string, string> BadContent => new()
    {
        { "content.chain_node_id", "unknown node" },
        { "content.chain_node_id", "another town's node" },
        { "content.yearly_volume", "negative volume" },
        { "content.title", "oversized title" },
        { "content.description", "oversized description" },
        { "content.kind", "wrong kind" },
        { "content.volume_unit", "volume without unit" },
        { "content.industry_code", "unknown industry" },
        { "content.deadline", "past deadline" },
        { "content.keywords", "too many keywords" },
    };

    [Theory]
    [MemberData(nameof(BadContent))]
    public async Task PostChainGap_WhenContentIsBad_FailsInvalidArgumentNamingTheFieldAndStoresNothing(string field, string what)
    {
        var townId = Guid.NewGuid();
        var node = await _data.AddNodeAsync(townId);
        var content = ChainTestData.Content(node.Id);
        switch (what)
        {
            case "unknown node": content.ChainNodeId = Guid.NewGuid().ToString(); break;
            case "another town's node": content.ChainNodeId = (await _data.AddNodeAsync(Guid.NewGuid())).Id; break;
            case "negative volume": content.YearlyVolume = "-5"; break;
            case "oversized title": content.Title = new string('缺', 201); break;
            case "oversized description": content.Description = new string('缺', 4001); break;
            case "wrong kind": content.Kind = "material"; break;
            case "volume without unit": content.VolumeUnit = string.Empty; break;
            case "unknown industry": content.IndustryCode = "Z99"; break;
            case "past deadline": content.Deadline = "2020-01-01"; break;
            default: content.Keywords.AddRange(Enumerable.Range(0, 20).Select(i => "词" + i)); break;
        }

        await RpcAssert.InvalidArgumentAsync(() => _data.Gaps(TestCaller.Town(townId)).PostChainGapAsync(new PostChainGapRequest { Content = content }).ResponseAsync, field);

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = $1", townId));
        Assert.Equal(0, await host.CountOutboxAsync("ChainGapPosted", townId.ToString()));
    }

    [Fact]
    public async Task PostChainGap_WhenTownGapHasNoNode_FailsInvalidArgumentNamingTheNode()
    {
        var townId = await _data.KnownTownAsync(Guid.NewGuid());

        await RpcAssert.InvalidArgumentAsync(
            () => _data.Gaps(TestCaller.Town(townId)).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(string.Empty) }).ResponseAsync,
            "content.chain_node_id");
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task PostChainGap_WhenNeitherTownEnterpriseNorAdmin_FailsPermissionDenied(string role)
    {
        var node = await _data.AddNodeAsync(Guid.NewGuid());

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Gaps(TestCaller.OfRole(role)).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(node.Id) }).ResponseAsync);
    }

    [Fact]
    public async Task PostChainGap_WhenTownNamesAnotherTown_FailsPermissionDenied()
    {
        var other = Guid.NewGuid();
        var node = await _data.AddNodeAsync(other);

        await RpcAssert.FailsAsync(
            StatusCode.PermissionDenied,
            () => _data.Gaps(TestCaller.Town(Guid.NewGuid())).PostChainGapAsync(new PostChainGapRequest { TownId = other.ToString(), Content = ChainTestData.Content(node.Id) }).ResponseAsync);
    }

    [Theory]
    [InlineData("another town")]
    [InlineData("an enterprise of the town")]
    [InlineData("investor")]
    [InlineData("anonymous")]
    public async Task UpdateChainGap_WhenNotThePosterOfATownsGap_FailsPermissionDeniedAndChangesNothing(string who)
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var caller = who switch
        {
            "another town" => TestCaller.Town(Guid.NewGuid()),
            "an enterprise of the town" => TestCaller.Enterprise(Guid.Parse((await _data.RegisterEnterpriseAsync(town.TownId!.Value)).Id)),
            _ => TestCaller.OfRole(who),
        };
        var content = gap.Content.Clone();
        content.Title = "他人改 " + ChainTestData.Unique();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Gaps(caller).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.MoveAsync(caller, gap, "withdrawn"));

        Assert.Equal(0, await host.CountOutboxAsync("ChainGapUpdated", gap.Id) + await host.CountOutboxAsync("ChainGapWithdrawn", gap.Id));
    }

    [Theory]
    [InlineData("its town")]
    [InlineData("another enterprise")]
    public async Task UpdateChainGap_WhenNotThePostingEnterprise_FailsPermissionDenied(string who)
    {
        var (gap, _, townId) = await _data.PostEnterpriseGapAsync();
        var caller = who == "its town" ? TestCaller.Town(townId) : TestCaller.Enterprise(Guid.Parse((await _data.RegisterEnterpriseAsync(townId)).Id));
        var content = gap.Content.Clone();
        content.Title = "他人改 " + ChainTestData.Unique();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Gaps(caller).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content }).ResponseAsync);

        Assert.Equal(0, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }

    [Fact]
    public async Task UpdateChainGap_WhenThePostingEnterpriseOrAnAdmin_Changes()
    {
        var (gap, enterprise, _) = await _data.PostEnterpriseGapAsync();
        var content = gap.Content.Clone();
        content.Incentives = "厂房租金减免";

        var byPoster = await _data.Gaps(enterprise).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content });
        content.Incentives = "厂房租金三年减免";
        var byAdmin = await _data.Gaps(TestCaller.Admin()).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content });

        Assert.Equal((2, 3), (byPoster.Version, byAdmin.Version));
        Assert.Equal(2, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }

    [Fact]
    public async Task GetAndListChainGaps_WhenWithdrawn_OnlyThePosterItsTownAndAdminsSeeIt()
    {
        var (gap, enterprise, townId) = await _data.PostEnterpriseGapAsync();
        var (open, _) = await _data.PostTownGapAsync();
        await _data.MoveAsync(enterprise, gap, "withdrawn");
        var request = new ListChainGapsRequest { TownId = townId.ToString() };

        var seen = new Dictionary<string, int>();
        foreach (var (who, caller) in new[] { ("poster", enterprise), ("town", TestCaller.Town(townId)), ("admin", TestCaller.Admin()), ("visitor", TestCaller.Anonymous()), ("other", TestCaller.Town(Guid.NewGuid())) })
        {
            seen[who] = (await _data.Gaps(caller).ListChainGapsAsync(request)).Total;
        }

        Assert.Equal(new Dictionary<string, int> { ["poster"] = 1, ["town"] = 1, ["admin"] = 1, ["visitor"] = 0, ["other"] = 0 }, seen);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Gaps(TestCaller.Anonymous()).GetChainGapAsync(new GetChainGapRequest { Id = gap.Id }).ResponseAsync);
        Assert.Equal(open.Id, (await _data.Gaps(TestCaller.Anonymous()).GetChainGapAsync(new GetChainGapRequest { Id = open.Id })).Id);
    }

    [Fact]
    public async Task ListChainGaps_ByEnterprise_NewestFirstAndFilteredByStatus()
    {
        var (first, enterprise, _) = await _data.PostEnterpriseGapAsync();
        var second = await _data.Gaps(enterprise).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(string.Empty) });
        await _data.MoveAsync(enterprise, first, "in-talks");

        var all = await _data.Gaps(TestCaller.Anonymous()).ListChainGapsAsync(new ListChainGapsRequest { EnterpriseId = enterprise.EnterpriseId.ToString() });
        var talks = await _data.Gaps(TestCaller.Anonymous()).ListChainGapsAsync(new ListChainGapsRequest { EnterpriseId = enterprise.EnterpriseId.ToString(), Status = "in-talks" });

        Assert.Equal([second.Id, first.Id], all.Gaps.Select(g => g.Id));
        Assert.Equal([first.Id], talks.Gaps.Select(g => g.Id));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("another town")]
    public async Task GetChainGapHistory_WhenNotThePosterItsTownOrAdmin_FailsPermissionDenied(string who)
    {
        var (gap, _) = await _data.PostTownGapAsync();
        var caller = who == "another town" ? TestCaller.Town(Guid.NewGuid()) : TestCaller.OfRole(who);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Gaps(caller).GetChainGapHistoryAsync(new GetChainGapHistoryRequest { Id = gap.Id }).ResponseAsync);
    }

    [Fact]
    public async Task PostChainGap_WhenAdminNamesNoTown_FailsInvalidArgumentNamingTownId()
    {
        var node = await _data.AddNodeAsync(Guid.NewGuid());

        await RpcAssert.InvalidArgumentAsync(
            () => _data.Gaps(TestCaller.Admin()).PostChainGapAsync(new PostChainGapRequest { Content = ChainTestData.Content(node.Id) }).ResponseAsync,
            "town_id");
    }

    [Fact]
    public async Task ListChainGaps_WhenTownOrEnterpriseUnknown_FailsNotFound()
    {
        var client = _data.Gaps(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListChainGapsAsync(new ListChainGapsRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListChainGapsAsync(new ListChainGapsRequest { EnterpriseId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListChainGaps_WhenBothOrNeitherOwnerGiven_FailsInvalidArgument()
    {
        await RpcAssert.InvalidArgumentAsync(() => _data.Gaps(TestCaller.Anonymous()).ListChainGapsAsync(new ListChainGapsRequest()).ResponseAsync, "town_id");
    }
}
