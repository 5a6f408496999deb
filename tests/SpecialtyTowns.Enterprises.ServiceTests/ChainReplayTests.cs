extern alias enterprises;

using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.TestKit;
using enterprises::SpecialtyTowns.Enterprises.Application.Chains;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Chain nodes and open gaps announced again once on a database from before Leads' matching read them.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class ChainReplayTests(EnterprisesHost host)
{
    private readonly ChainTestData _data = new(host);

    [Fact]
    public async Task AnnounceExistingChains_WhenTheDatabaseHadNoReplay_AnnouncesEveryNodeAndOpenGapOnceAndNeverAgain()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var withdrawn = await _data.Gaps(town).PostChainGapAsync(new V1.PostChainGapRequest { Content = ChainTestData.Content(gap.Content.ChainNodeId) });
        await _data.MoveAsync(town, withdrawn, "withdrawn");
        var nodeId = gap.Content.ChainNodeId;
        await TestDatabase.ExecuteAsync(host.Database, "DELETE FROM announcement_replays WHERE name = $1", AnnounceExistingChains.Replay);

        var first = await ReplayAsync();
        var second = await ReplayAsync();

        Assert.True(first >= 2);
        Assert.Null(second);
        Assert.Equal(2, await host.CountOutboxAsync("ChainNodeChanged", nodeId));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
        Assert.Equal(0, await host.CountOutboxAsync("ChainGapUpdated", withdrawn.Id));
        Assert.Equal((long)first.Value, await host.CountAsync("SELECT messages FROM announcement_replays WHERE name = $1", AnnounceExistingChains.Replay));
    }

    private async Task<int?> ReplayAsync()
    {
        using var scope = host.Server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AnnounceExistingChains>().ExecuteAsync(CancellationToken.None);
    }
}
