using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>A deal signed for a gap fills it, through Leads' DealSigned on the real broker, exactly once.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class GapDealTests(EnterprisesHost host)
{
    private static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(30);
    private readonly ChainTestData _data = new(host);

    [Fact]
    public async Task DealSigned_WhenGapOpen_FillsItThroughInTalksNamingTheDeal()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var signed = Signed(gap);

        await host.PublishAsync(signed);
        await StatusEventuallyAsync(gap.Id, "filled");

        var history = await _data.Gaps(town).GetChainGapHistoryAsync(new GetChainGapHistoryRequest { Id = gap.Id });
        var moves = history.Entries.Skip(1).ToList();
        Assert.Equal(new[] { "open->in-talks", "in-talks->filled" }, moves.Select(e => $"{e.FromStatus}->{e.ToStatus}"));
        Assert.All(moves, e => Assert.Equal($"deal:{signed.DealId}", e.Actor));
        Assert.All(moves, e => Assert.Contains(signed.DealId.ToString(), e.Note, StringComparison.Ordinal));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapFilled", gap.Id));
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapUpdated", gap.Id));
    }

    [Fact]
    public async Task DealSigned_WhenGapInTalks_FillsIt()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        await _data.MoveAsync(town, gap, "in-talks");

        await host.PublishAsync(Signed(gap));
        await StatusEventuallyAsync(gap.Id, "filled");

        var history = await _data.Gaps(town).GetChainGapHistoryAsync(new GetChainGapHistoryRequest { Id = gap.Id });
        Assert.Equal(new[] { "open", "in-talks", "filled" }, history.Entries.Select(e => e.ToStatus));
    }

    [Fact]
    public async Task DealSigned_WhenRedeliveredWithSameMessageIdAndRepeatedWithAnother_FillsTheGapOnce()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        var signed = Signed(gap);
        var messageId = Guid.NewGuid();
        var repeatId = Guid.NewGuid();

        await host.PublishAsync(signed, messageId);
        await host.PublishAsync(signed, messageId);
        await host.PublishAsync(signed, repeatId);
        await ConsumedAsync(messageId);
        await ConsumedAsync(repeatId);

        var history = await _data.Gaps(town).GetChainGapHistoryAsync(new GetChainGapHistoryRequest { Id = gap.Id });
        Assert.Equal(3, history.Entries.Count);
        Assert.Equal(1, await host.CountOutboxAsync("ChainGapFilled", gap.Id));
    }

    [Fact]
    public async Task DealSigned_WhenGapWithdrawn_LeavesItAsItIs()
    {
        var (gap, town) = await _data.PostTownGapAsync();
        await _data.MoveAsync(town, gap, "withdrawn");
        var messageId = Guid.NewGuid();

        await host.PublishAsync(Signed(gap), messageId);
        await ConsumedAsync(messageId);

        var seen = await _data.Gaps(town).GetChainGapAsync(new GetChainGapRequest { Id = gap.Id });
        Assert.Equal("withdrawn", seen.Status);
    }

    private static DealSigned Signed(ChainGap gap) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.Parse(gap.TownId), Guid.CreateVersion7(), "晋商投资有限公司", null, Guid.Parse(gap.Id),
        80_000_000, new DateOnly(2026, 11, 20), "HT-2026-088", new DateOnly(2027, 3, 1), DateTimeOffset.UtcNow);

    // A consumer that leaves a gap alone changes nothing a test could wait on: its inbox row tells that it ran.
    private Task ConsumedAsync(Guid messageId) => Eventually.TrueAsync(
        async () => await host.CountAsync("SELECT count(*) FROM inbox_messages WHERE consumer = 'enterprises.gaps.deal-signed' AND message_id = $1", messageId) == 1,
        ConsumeDelay,
        "the signing consumed");

    private Task<ChainGap> StatusEventuallyAsync(string gapId, string status) => Eventually.GetAsync(
        async () => await _data.Gaps(TestCaller.Admin()).GetChainGapAsync(new GetChainGapRequest { Id = gapId }) is { } g && g.Status == status ? g : null,
        ConsumeDelay,
        $"gap {gapId} {status}");
}
