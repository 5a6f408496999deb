using Grpc.Core;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.ServiceTests.Funnel;

[Collection(LeadsCollection.Name)]
public sealed class FunnelServiceTests(LeadsHost host)
{
    private const int Year = 2026;

    [Fact]
    public async Task GetFunnel_WhenGeneratedLeads_EqualsAStraightforwardRecomputation()
    {
        var city = "测试市" + Guid.NewGuid().ToString("N")[..8];
        var (first, second) = (await RegisteredTownAsync(city), await RegisteredTownAsync(city));
        var firstLeads = FunnelData.Generate(first, 120, seed: 13);
        var secondLeads = FunnelData.Generate(second, 80, seed: 31);
        await FunnelData.WriteAsync(host.Database, firstLeads.Concat(secondLeads));
        var admin = Funnel(TestCaller.Admin());
        await admin.SetTownTargetAsync(new SetTownTargetRequest { TownId = first.ToString(), Year = Year, SignedAmountFen = 500_000_000_000 });
        await admin.SetTownTargetAsync(new SetTownTargetRequest { TownId = second.ToString(), Year = Year, SignedAmountFen = 300_000_000_000 });

        var town = await Funnel(TestCaller.Town(first)).GetFunnelAsync(new GetFunnelRequest { TownId = first.ToString(), Year = Year });
        var cityFunnel = await admin.GetFunnelAsync(new GetFunnelRequest { City = city, Year = Year });

        AssertEqualsRecomputation(town, firstLeads, 500_000_000_000);
        AssertEqualsRecomputation(cityFunnel, [.. firstLeads, .. secondLeads], 800_000_000_000);
        Assert.Equal("town", town.Scope);
        Assert.Equal(("city", city), (cityFunnel.Scope, cityFunnel.ScopeName));
    }

    [Fact]
    public async Task GetFunnel_WhenProvinceAskedByAdmin_CountsEveryTown()
    {
        var townId = await RegisteredTownAsync("省测市" + Guid.NewGuid().ToString("N")[..8]);
        var leads = FunnelData.Generate(townId, 30, seed: 7);
        await FunnelData.WriteAsync(host.Database, leads);

        var province = await Funnel(TestCaller.Admin()).GetFunnelAsync(new GetFunnelRequest { Year = Year });

        Assert.Equal("province", province.Scope);
        Assert.Equal(await host.CountAsync("SELECT count(*) FROM leads WHERE stage <> 'Lost'"), province.Stages.Sum(s => s.Count));
        Assert.Equal(await host.CountAsync("SELECT count(*) FROM leads WHERE stage = 'Lost'"), province.LostCount);
    }

    [Theory]
    [InlineData("other-town")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    public async Task GetFunnel_WhenCallerIsNotTheTownOrAnAdmin_FailsPermissionDenied(string who)
    {
        var townId = await RegisteredTownAsync("权限市");
        var caller = who == "other-town" ? TestCaller.Town(Guid.NewGuid()) : TestCaller.OfRole(who);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Funnel(caller).GetFunnelAsync(new GetFunnelRequest { TownId = townId.ToString() }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Funnel(TestCaller.Town(townId)).GetFunnelAsync(new GetFunnelRequest { City = "权限市" }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Funnel(TestCaller.Town(townId)).GetFunnelAsync(new GetFunnelRequest()).ResponseAsync);
    }

    [Fact]
    public async Task GetFunnel_WhenInputInvalidOrScopeUnknown_FailsNamingTheField()
    {
        var admin = Funnel(TestCaller.Admin());

        await RpcAssert.InvalidArgumentAsync(() => admin.GetFunnelAsync(new GetFunnelRequest { TownId = "t-1", Year = 1800 }).ResponseAsync, "town_id", "year");
        await RpcAssert.InvalidArgumentAsync(() => admin.GetFunnelAsync(new GetFunnelRequest { TownId = Guid.NewGuid().ToString(), City = "太原市" }).ResponseAsync, "city");
        await RpcAssert.InvalidArgumentAsync(() => admin.GetFunnelAsync(new GetFunnelRequest { City = new string('市', 61) }).ResponseAsync, "city");
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => admin.GetFunnelAsync(new GetFunnelRequest { City = "无此市" + Guid.NewGuid().ToString("N") }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => admin.GetFunnelAsync(new GetFunnelRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task SetTownTarget_WhenAdminSetsIt_TheTownReadsItAndMayNotChangeIt()
    {
        var townId = await RegisteredTownAsync("目标市");
        var town = Funnel(TestCaller.Town(townId));

        await Funnel(TestCaller.Admin()).SetTownTargetAsync(new SetTownTargetRequest { TownId = townId.ToString(), Year = Year, SignedAmountFen = 123_00 });
        var read = await town.GetTownTargetAsync(new GetTownTargetRequest { TownId = townId.ToString(), Year = Year });
        var unset = await town.GetTownTargetAsync(new GetTownTargetRequest { TownId = townId.ToString(), Year = Year + 1 });

        Assert.Equal(123_00, read.SignedAmountFen);
        Assert.Equal(0, unset.SignedAmountFen);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => town.SetTownTargetAsync(new SetTownTargetRequest { TownId = townId.ToString(), Year = Year, SignedAmountFen = 1 }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Funnel(TestCaller.Town(Guid.NewGuid())).GetTownTargetAsync(new GetTownTargetRequest { TownId = townId.ToString(), Year = Year }).ResponseAsync);
        Assert.Equal(123_00, await host.CountAsync("SELECT signed_amount_fen FROM town_targets WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task SetTownTarget_WhenInputInvalid_FailsNamingTheFieldsAndStoresNothing()
    {
        var townId = await RegisteredTownAsync("目标市");

        await RpcAssert.InvalidArgumentAsync(
            () => Funnel(TestCaller.Admin()).SetTownTargetAsync(new SetTownTargetRequest { TownId = townId.ToString(), Year = 99, SignedAmountFen = -1 }).ResponseAsync,
            "year",
            "signed_amount_fen");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM town_targets WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task ExportLeads_WhenTownExports_StreamsAllItsLeadsAndNoOtherTowns()
    {
        var townId = await RegisteredTownAsync("导出市");
        var other = await RegisteredTownAsync("导出市");
        var leads = FunnelData.Generate(townId, 620, seed: 5);
        await FunnelData.WriteAsync(host.Database, leads.Concat(FunnelData.Generate(other, 3, seed: 6)));

        var exported = await ReadAllAsync(Leads(TestCaller.Town(townId)).ExportLeads(new ListLeadsRequest()));
        var signed = await ReadAllAsync(Leads(TestCaller.Town(townId)).ExportLeads(new ListLeadsRequest { Stages = { "signed" } }));

        Assert.Equal(leads.Select(l => l.Id.ToString()).Order(), exported.Select(l => l.Id).Order());
        Assert.All(exported, l => Assert.Equal(townId.ToString(), l.TownId));
        Assert.Equal(leads.Count(l => l.Stage == "Signed"), signed.Count);
        await RpcAssert.InvalidArgumentAsync(() => ReadAllAsync(Leads(TestCaller.Town(townId)).ExportLeads(new ListLeadsRequest { Stages = { "won" }, OwnerId = "o" })), "stages[0]", "owner_id");
    }

    private static void AssertEqualsRecomputation(V1.Funnel funnel, IReadOnlyList<GeneratedLead> leads, long target)
    {
        Assert.Equal(FunnelData.Funnel.Length, funnel.Stages.Count);
        for (var i = 0; i < FunnelData.Funnel.Length; i++)
        {
            var stage = FunnelData.Funnel[i];
            var figures = funnel.Stages[i];
            var reached = ExpectedFunnel.Reached(leads, stage);
            var next = i + 1 < FunnelData.Funnel.Length ? ExpectedFunnel.Reached(leads, FunnelData.Funnel[i + 1]) : 0;
            Assert.Equal(
                (ExpectedFunnel.Count(leads, stage), ExpectedFunnel.Amount(leads, stage), ExpectedFunnel.Weighted(leads, stage), reached),
                (figures.Count, figures.AmountFen, figures.WeightedAmountFen, figures.Reached));
            Assert.Equal(reached == 0 ? 0 : (double)next / reached, figures.ConversionToNext, 9);
            Assert.Equal(ExpectedFunnel.MedianDays(leads, stage), figures.MedianDays);
        }

        var deals = ExpectedFunnel.StandingDeals(leads, Year).ToList();
        Assert.Equal(ExpectedFunnel.Count(leads, "Lost"), funnel.LostCount);
        Assert.Equal(FunnelData.Funnel[..4].Sum(s => ExpectedFunnel.Weighted(leads, s)), funnel.WeightedPipelineFen);
        Assert.Equal((deals.Count, deals.Sum(d => d.AmountFen), deals.Sum(d => d.FundsArrivedFen)), (funnel.SignedCount, funnel.SignedAmountFen, funnel.FundsArrivedFen));
        Assert.Equal((double)deals.Count(d => d.ConstructionStartedOn is not null) / deals.Count, funnel.ConstructionStartRate, 9);
        Assert.Equal((double)deals.Sum(d => d.FundsArrivedFen) / deals.Sum(d => d.AmountFen), funnel.FundsArrivalRate, 9);
        Assert.Equal((target, (double)deals.Sum(d => d.AmountFen) / target), (funnel.TargetFen, funnel.TargetRatio));
        Assert.Equal(ExpectedFunnel.OverdueToStart(leads, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime)), funnel.OverdueToStartCount);
        var lostByReason = leads.Where(l => l.Stage == "Lost").GroupBy(l => l.LostReason!).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(lostByReason.OrderBy(r => r.Key), funnel.LostByReason.OrderBy(r => r.Key));
    }

    private static async Task<List<V1.Lead>> ReadAllAsync(AsyncServerStreamingCall<V1.Lead> call)
    {
        var leads = new List<V1.Lead>();
        await foreach (var lead in call.ResponseStream.ReadAllAsync())
        {
            leads.Add(lead);
        }

        return leads;
    }

    private async Task<Guid> RegisteredTownAsync(string city)
    {
        var townId = Guid.NewGuid();
        await host.PublishAsync(new TownRegistered(townId, "漏斗镇" + townId.ToString("N")[..6], null, city, null, null, "advanced-manufacturing", "醋", DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM town_directory WHERE town_id = $1", townId) == 1,
            TimeSpan.FromSeconds(20),
            "the town in the leads directory");
        return townId;
    }

    private FunnelService.FunnelServiceClient Funnel(TestCaller caller) => host.Client<FunnelService.FunnelServiceClient>(caller);

    private LeadsService.LeadsServiceClient Leads(TestCaller caller) => host.Client<LeadsService.LeadsServiceClient>(caller);
}
