using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(EnterprisesCollection.Name)]
public sealed class ChainGapsServiceTests(EnterprisesHost host)
{
    private readonly ChainTestData _data = new(host);

    [Fact]
    public async Task PostChainGap_WhenTownPostsAtItsNode_OpensItWithHistoryAndOnePostedEvent()
    {
        var townId = Guid.NewGuid();
        var node = await _data.AddNodeAsync(townId);
        var content = ChainTestData.Content(node.Id);

        var gap = await _data.Gaps(TestCaller.Town(townId)).PostChainGapAsync(new PostChainGapRequest { Content = content });

        Assert.Equal(("open", 1, string.Empty), (gap.Status, gap.Version, gap.EnterpriseId));
        Assert.Equal(["in-talks", "withdrawn"], gap.NextStatuses.Order(StringComparer.Ordinal));
        Assert.Equal((node.Content.Name, "upstream", "1200.5"), (gap.ChainNodeName, gap.ChainPosition, gap.Content.YearlyVolume));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapPosted", gap.Id));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM chain_gap_history WHERE gap_id = $1 AND action = 'posted'", Guid.Parse(gap.Id)));
    }

    [Fact]
    public async Task PostChainGap_WhenEnterprisePostsForItself_BelongsToItsTownAndInheritsNothingInvented()
    {
        var (gap, _, townId) = await _data.PostEnterpriseGapAsync();

        Assert.Equal(townId.ToString(), gap.TownId);
        Assert.NotEmpty(gap.EnterpriseId);
        Assert.Equal(string.Empty, gap.Content.ChainNodeId);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapPosted", gap.Id));
    }

    [Fact]
    public async Task PostChainGap_WhenRetriedWithTheSameRequestId_PostsOnceAndOneEvent()
    {
        var townId = Guid.NewGuid();
        var node = await _data.AddNodeAsync(townId);
        var request = new PostChainGapRequest { RequestId = Guid.NewGuid().ToString(), Content = ChainTestData.Content(node.Id) };
        var client = _data.Gaps(TestCaller.Town(townId));

        var first = await client.PostChainGapAsync(request);
        var retry = await client.PostChainGapAsync(request);

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapPosted", first.Id));
    }

    [Fact]
    public async Task Lifecycle_WhenTalkedFilledAndRecorded_KeepsEveryMoveWithWhoAndNoteAndOneEventEach()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var filler = await _data.RegisterEnterpriseAsync(Guid.NewGuid());

        await _data.MoveAsync(town, gap, "in-talks", "与外地企业洽谈");
        await _data.MoveAsync(town, gap, "open", "洽谈未成");
        await _data.MoveAsync(town, gap, "in-talks");
        var filled = await _data.Gaps(town).ChangeChainGapStatusAsync(new ChangeChainGapStatusRequest
        {
            Id = gap.Id, Status = "filled", Note = "签约落地", FilledByEnterpriseId = filler.Id,
        });

        Assert.Equal(("filled", filler.Id, 5), (filled.Status, filled.FilledByEnterpriseId, filled.Version));
        Assert.Empty(filled.NextStatuses);
        var history = await _data.Gaps(town).GetChainGapHistoryAsync(new GetChainGapHistoryRequest { Id = gap.Id });
        Assert.Equal(
            ["posted:->open:", "status:open->in-talks:与外地企业洽谈", "status:in-talks->open:洽谈未成", "status:open->in-talks:", "status:in-talks->filled:签约落地"],
            history.Entries.Select(e => $"{e.Action}:{e.FromStatus}->{e.ToStatus}:{e.Note}"));
        Assert.All(history.Entries, e => Assert.Equal(town.Subject, e.Actor));
        Assert.Equal((3L, 1L, 0L), (await host.CountOutboxAsync("ChainGapUpdated", gap.Id), await host.CountOutboxAsync("ChainGapFilled", gap.Id), await host.CountOutboxAsync("ChainGapWithdrawn", gap.Id)));
    }

    [Fact]
    public async Task ChangeChainGapStatus_WhenWithdrawn_IsFinalWithOneWithdrawnEvent()
    {
        var (gap, town) = await _data.PostTownGapAsync();

        var withdrawn = await _data.MoveAsync(town, gap, "withdrawn", "不再需要");

        Assert.Equal("withdrawn", withdrawn.Status);
        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => _data.MoveAsync(town, gap, "open"));
        Assert.Contains("withdrawn", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapWithdrawn", gap.Id));
        Assert.Equal(0, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }

    [Fact]
    public async Task ChangeChainGapStatus_WhenRetriedWithTheSameRequestId_MovesOnceWithOneEvent()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var request = new ChangeChainGapStatusRequest { Id = gap.Id, Status = "in-talks", RequestId = Guid.NewGuid().ToString() };

        var first = await _data.Gaps(town).ChangeChainGapStatusAsync(request);
        var retry = await _data.Gaps(town).ChangeChainGapStatusAsync(request);

        Assert.Equal((2, 2), (first.Version, retry.Version));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }

    [Fact]
    public async Task ChangeChainGapStatus_WhenFillerUnknown_FailsInvalidArgumentNamingItAndChangesNothing()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        await _data.MoveAsync(town, gap, "in-talks");
        var request = new ChangeChainGapStatusRequest { Id = gap.Id, Status = "filled", FilledByEnterpriseId = Guid.NewGuid().ToString() };

        await RpcAssert.InvalidArgumentAsync(() => _data.Gaps(town).ChangeChainGapStatusAsync(request).ResponseAsync, "filled_by_enterprise_id");

        Assert.Equal(0, await host.CountOutboxAsync("ChainGapFilled", gap.Id));
    }

    [Fact]
    public async Task ChangeChainGapStatus_WhenSkippingTalks_FailsFailedPreconditionAndChangesNothing()
    {
        var (gap, town) = await _data.PostTownGapAsync();

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => _data.MoveAsync(town, gap, "filled"));

        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM chain_gap_history WHERE gap_id = $1", Guid.Parse(gap.Id)));
        Assert.Equal(0, await host.CountOutboxAsync("ChainGapFilled", gap.Id));
    }

    [Fact]
    public async Task UpdateChainGap_WhenContentChanges_RaisesVersionWithOneUpdatedEventAndANoOpPublishesNothing()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var content = gap.Content.Clone();
        content.Specification = "符合《中国药典》";

        var updated = await _data.Gaps(town).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content, ExpectedVersion = 1 });
        var same = await _data.Gaps(town).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = updated.Content, ExpectedVersion = 2 });

        Assert.Equal(("符合《中国药典》", 2), (updated.Content.Specification, updated.Version));
        Assert.Equal(2, same.Version);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
        Assert.Equal(2, await host.CountAsync("SELECT count(*) FROM chain_gap_history WHERE gap_id = $1", Guid.Parse(gap.Id)));
    }

    [Fact]
    public async Task UpdateChainGap_WhenVersionIsStale_FailsStaleVersionAndChangesNothing()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var content = gap.Content.Clone();
        content.Title = "改 " + ChainTestData.Unique();
        await _data.Gaps(town).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content, ExpectedVersion = 1 });
        content.Title = "再改 " + ChainTestData.Unique();

        var error = await RpcAssert.FailsAsync(
            StatusCode.FailedPrecondition,
            () => _data.Gaps(town).UpdateChainGapAsync(new UpdateChainGapRequest { Id = gap.Id, Content = content, ExpectedVersion = 1 }).ResponseAsync);

        Assert.Equal("stale-version", error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM chain_gaps WHERE title = $1", content.Title));
    }

    [Fact]
    public async Task ChangeChainGapStatus_WhenMovedConcurrently_ExactlyOneWins()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var client = _data.Gaps(town);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            try
            {
                await client.ChangeChainGapStatusAsync(new ChangeChainGapStatusRequest { Id = gap.Id, Status = "in-talks", RequestId = Guid.NewGuid().ToString() });
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.FailedPrecondition, o));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM chain_gap_history WHERE gap_id = $1 AND action = 'status'", Guid.Parse(gap.Id)));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }
}
