using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>Towns, enterprises, chain nodes and gaps of one test's own (unique names, fresh ids).</summary>
internal sealed class ChainTestData(EnterprisesHost host)
{
    public ChainsService.ChainsServiceClient Chains(TestCaller? caller) => host.Client<ChainsService.ChainsServiceClient>(caller);

    public ChainGapsService.ChainGapsServiceClient Gaps(TestCaller? caller) => host.Client<ChainGapsService.ChainGapsServiceClient>(caller);

    /// <summary>Makes the town known to Enterprises (as Towns' TownRegistered would) unless it is already.</summary>
    public async Task<Guid> KnownTownAsync(Guid townId)
    {
        if (await host.CountAsync("SELECT count(*) FROM towns WHERE town_id = $1", townId) == 0)
        {
            await host.KnownTownAsync(EnterpriseRequests.Town() with { TownId = townId });
        }

        return townId;
    }

    public async Task<Enterprise> RegisterEnterpriseAsync(Guid townId, bool leading = false, string? name = null)
    {
        await KnownTownAsync(townId);
        var profile = EnterpriseRequests.Profile(name ?? "双雁药业 " + Unique());
        profile.Leading = leading;
        return await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(new RegisterEnterpriseRequest { TownId = townId.ToString(), Profile = profile });
    }

    public async Task<ChainNode> AddNodeAsync(Guid townId, string position = "upstream", int sortOrder = 0, params string[] enterpriseIds)
    {
        await KnownTownAsync(townId);
        return await Chains(TestCaller.Town(townId)).SaveChainNodeAsync(new SaveChainNodeRequest { Content = Node(position, sortOrder, enterpriseIds) });
    }

    public static ChainNodeContent Node(string position = "upstream", int sortOrder = 0, params string[] enterpriseIds) => new()
    {
        Chain = "医药",
        ChainEn = "Pharmaceuticals",
        Position = position,
        Name = "辅料 " + Unique(),
        Status = "missing",
        SortOrder = sortOrder,
        EnterpriseIds = { enterpriseIds },
        Evidence = "测试数据",
    };

    public static ChainGapContent Content(string nodeId) => new()
    {
        Title = "药用辅料 " + Unique(),
        TitleEn = "Pharmaceutical excipients",
        ChainNodeId = nodeId,
        Kind = "product",
        Description = "医药产业园缺药用辅料配套",
        YearlyVolume = "1200.5",
        VolumeUnit = "吨/年",
        IndustryCode = "C27",
        Keywords = { "药用辅料", "excipient" },
    };

    /// <summary>A town with one node and a gap it posted there, with the town's caller.</summary>
    public async Task<(ChainGap Gap, TestCaller Town)> PostTownGapAsync()
    {
        var townId = Guid.NewGuid();
        var node = await AddNodeAsync(townId);
        var town = TestCaller.Town(townId);
        var gap = await Gaps(town).PostChainGapAsync(new PostChainGapRequest { Content = Content(node.Id) });
        return (gap, town);
    }

    /// <summary>An enterprise of a new town and a gap it posted for itself (at no node), with the enterprise's caller.</summary>
    public async Task<(ChainGap Gap, TestCaller Enterprise, Guid TownId)> PostEnterpriseGapAsync()
    {
        var townId = Guid.NewGuid();
        var enterprise = await RegisterEnterpriseAsync(townId);
        var caller = TestCaller.Enterprise(Guid.Parse(enterprise.Id));
        var gap = await Gaps(caller).PostChainGapAsync(new PostChainGapRequest { Content = Content(string.Empty) });
        return (gap, caller, townId);
    }

    public async Task<ChainGap> MoveAsync(TestCaller caller, ChainGap gap, string status, string? note = null) =>
        await Gaps(caller).ChangeChainGapStatusAsync(new ChangeChainGapStatusRequest { Id = gap.Id, Status = status, Note = note ?? string.Empty });

    public static string Unique() => Guid.NewGuid().ToString("N")[..8];
}
