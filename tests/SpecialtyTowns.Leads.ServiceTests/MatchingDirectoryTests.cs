extern alias leads;

using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Expo.Contracts;
using ChainNodeEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ChainNodeEntry;
using ExpoEventEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ExpoEventEntry;
using GapEntry = leads::SpecialtyTowns.Leads.Domain.Directory.GapEntry;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>What matching reads of gaps, chain nodes and expo events, kept from Enterprises' and Expo's events.</summary>
[Collection(LeadsCollection.Name)]
public sealed class MatchingDirectoryTests(LeadsHost host)
{
    private const string GapPosted = "leads.gap-directory.chain-gap-posted";
    private const string GapUpdated = "leads.gap-directory.chain-gap-updated";
    private const string GapFilled = "leads.gap-directory.chain-gap-filled";
    private const string NodeChanged = "leads.chain-node-directory.chain-node-changed";
    private const string EventScheduled = "leads.expo-event-directory.expo-event-scheduled";

    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly DirectoryData _data = new(host);

    [Fact]
    public async Task ChainGapPosted_WhenItCarriesContent_StoresItAndFeedsTheChange()
    {
        var (gapId, townId, nodeId, enterpriseId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await _data.DeliverAsync(new ChainGapPosted(gapId, townId, enterpriseId, nodeId, "锻件毛坯供应", "Forging blanks", "supplier", "C3311", "open", T0), GapPosted);

        var gap = await GapAsync(gapId);
        Assert.Equal(("锻件毛坯供应", "Forging blanks", "supplier", "C3311"), (gap.Title, gap.TitleEn, gap.Kind, gap.IndustryCode));
        Assert.Equal((nodeId, enterpriseId), (gap.ChainNodeId, gap.EnterpriseId));
        Assert.True(await _data.ChangesAsync("gap", gapId) >= 1);
    }

    [Fact]
    public async Task ChainGapEvents_WhenOutOfOrderOrWithoutContent_KeepTheNewestContent()
    {
        var (gapId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(new ChainGapUpdated(gapId, townId, null, null, "新标题", "New title", "technology", "C35", "in-talks", 2, T0.AddMinutes(2)), GapUpdated);
        await _data.DeliverAsync(new ChainGapFilled(gapId, townId, null, Guid.NewGuid(), "已补链", T0.AddMinutes(3)), GapFilled);

        await _data.DeliverAsync(new ChainGapPosted(gapId, townId, null, null, "旧标题", "Old title", "supplier", "C33", "open", T0), GapPosted);

        var gap = await GapAsync(gapId);
        Assert.Equal("filled", gap.Status);
        Assert.Equal(("新标题", "New title", "technology", "C35"), (gap.Title, gap.TitleEn, gap.Kind, gap.IndustryCode));
    }

    [Fact]
    public async Task ChainNodeChanged_WhenAnOlderVersionArrivesLast_KeepsTheNewestAndFeedsTheChange()
    {
        var (nodeId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(new ChainNodeChanged(nodeId, townId, "法兰", "锻造", "midstream", "strong", false, 2, T0.AddMinutes(1)), NodeChanged);

        await _data.DeliverAsync(new ChainNodeChanged(nodeId, townId, "法兰", "原料", "upstream", "weak", false, 1, T0), NodeChanged);

        var node = await _data.FindAsync<ChainNodeEntry>(q => q.SingleOrDefaultAsync(n => n.NodeId == nodeId));
        Assert.NotNull(node);
        Assert.Equal(("法兰", "锻造", "midstream", false, 2), (node.Chain, node.Name, node.Position, node.Removed, node.Version));
        Assert.True(await _data.ChangesAsync("chain-node", nodeId) >= 1);
    }

    [Fact]
    public async Task ChainNodeChanged_WhenRemoved_KeepsTheNodeMarkedRemoved()
    {
        var (nodeId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(new ChainNodeChanged(nodeId, townId, "法兰", "锻造", "midstream", "strong", false, 1, T0), NodeChanged);
        var changesBefore = await _data.ChangesAsync("chain-node", nodeId);

        await _data.DeliverAsync(new ChainNodeChanged(nodeId, townId, "法兰", "锻造", "midstream", "strong", true, 2, T0.AddMinutes(1)), NodeChanged);

        var node = await _data.FindAsync<ChainNodeEntry>(q => q.SingleOrDefaultAsync(n => n.NodeId == nodeId));
        Assert.True(node?.Removed);
        Assert.True(await _data.ChangesAsync("chain-node", nodeId) > changesBefore);
    }

    [Fact]
    public async Task ExpoEventScheduled_WhenScheduledThenMoved_KeepsTheEventWithItsNewDates()
    {
        var eventId = Guid.NewGuid();
        await _data.DeliverAsync(new ExpoEventScheduled(eventId, Guid.NewGuid(), "晋商投资洽谈会", "太原市", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11), "Asia/Shanghai"), EventScheduled);

        await _data.DeliverAsync(new ExpoEventScheduled(eventId, Guid.NewGuid(), "晋商投资洽谈会（延期）", null, new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 7), "Asia/Shanghai"), EventScheduled);

        var expo = await _data.FindAsync<ExpoEventEntry>(q => q.SingleOrDefaultAsync(e => e.EventId == eventId));
        Assert.NotNull(expo);
        Assert.Equal(("晋商投资洽谈会（延期）", null, new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 7), "Asia/Shanghai"), (expo.Name, expo.City, expo.StartsOn, expo.EndsOn, expo.TimeZone));
    }

    private async Task<GapEntry> GapAsync(Guid gapId) =>
        await _data.FindAsync<GapEntry>(q => q.SingleOrDefaultAsync(g => g.GapId == gapId))
        ?? throw new InvalidOperationException($"gap {gapId} not in the directory");
}
