using System.Globalization;
using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests;

[Collection(LeadsCollection.Name)]
public sealed class DealsServiceTests(LeadsHost host)
{
    [Fact]
    public async Task GetDeal_WhenTownInvestorMemberOrAdmin_ReturnsItWithNames()
    {
        var signed = await SignedDeals.SignAsync(host);

        foreach (var caller in new[] { signed.Town, signed.Investor, TestCaller.Admin() })
        {
            var deal = await Client(caller).GetDealAsync(new GetDealRequest { Id = signed.DealId.ToString() });

            Assert.Equal(signed.TownId.ToString(), deal.TownId);
            Assert.StartsWith("签约测试镇", deal.TownName, StringComparison.Ordinal);
            Assert.Equal(signed.OrganisationName, deal.OrganisationName);
            Assert.Equal(signed.AmountFen, deal.AmountFen);
            Assert.Equal(["开发区管委会"], deal.Parties);
            Assert.Equal(0, deal.FundsArrivedFen);
        }
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task GetDeal_WhenSomeoneElse_FailsNotFound(string role)
    {
        var signed = await SignedDeals.SignAsync(host);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.OfRole(role)).GetDealAsync(new GetDealRequest { Id = signed.DealId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task GetDeal_WithoutTokenOrWithBadId_FailsUnauthenticatedOrInvalidArgument()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).GetDealAsync(new GetDealRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).GetDealAsync(new GetDealRequest { Id = "d-1" }).ResponseAsync, "id");
    }

    [Fact]
    public async Task ListDeals_WhenTownOrInvestor_ListsOnlyItsOwnLatestSignedFirst()
    {
        var older = await SignedDeals.SignAsync(host, signedOn: SignedDeals.Today.AddDays(-60));
        var newer = await SignedDeals.SignAsync(host, signedOn: SignedDeals.Today.AddDays(-10), townId: older.TownId);

        var town = await Client(older.Town).ListDealsAsync(new ListDealsRequest());
        var investor = await Client(newer.Investor).ListDealsAsync(new ListDealsRequest());
        var admin = await Client(TestCaller.Admin()).ListDealsAsync(new ListDealsRequest { TownId = older.TownId.ToString() });
        var window = await Client(older.Town).ListDealsAsync(new ListDealsRequest { SignedFrom = Date(SignedDeals.Today.AddDays(-20)) });

        Assert.Equal([newer.DealId.ToString(), older.DealId.ToString()], town.Deals.Select(d => d.Id));
        Assert.Equal([newer.DealId.ToString()], investor.Deals.Select(d => d.Id));
        Assert.Equal(2, admin.Page.Total);
        Assert.Equal([newer.DealId.ToString()], window.Deals.Select(d => d.Id));
    }

    [Fact]
    public async Task ListDeals_WhenTownNamesAnotherTown_FailsPermissionDenied()
    {
        var signed = await SignedDeals.SignAsync(host);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.Town(Guid.NewGuid())).ListDealsAsync(new ListDealsRequest { TownId = signed.TownId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListDeals_WhenDatesMalformedOrReversed_FailsInvalidArgumentNamingThem()
    {
        var client = Client(TestCaller.Admin());

        await RpcAssert.InvalidArgumentAsync(() => client.ListDealsAsync(new ListDealsRequest { SignedFrom = "2026-02-30" }).ResponseAsync, "signed_from");
        await RpcAssert.InvalidArgumentAsync(() => client.ListDealsAsync(new ListDealsRequest { SignedFrom = "2026-05-01", SignedTo = "2026-04-01" }).ResponseAsync, "signed_to");
        await RpcAssert.InvalidArgumentAsync(() => client.ListDealsAsync(new ListDealsRequest { Page = new PageRequest { PageSize = 1000 } }).ResponseAsync, "page.page_size");
    }

    [Fact]
    public async Task RecordFundsArrival_WhenTownRecordsTwoParts_AddsThemUpAndWritesDealFundsArrivedEach()
    {
        var signed = await SignedDeals.SignAsync(host, amountFen: 1_000_000);
        var client = Client(signed.Town);

        var first = await client.RecordFundsArrivalAsync(Funds(signed, 400_000, SignedDeals.Today.AddDays(-5), version: 1, note: "首期到资"));
        var second = await client.RecordFundsArrivalAsync(Funds(signed, 600_000, SignedDeals.Today, version: first.Version));

        Assert.Equal(400_000, first.FundsArrivedFen);
        Assert.Equal(1_000_000, second.FundsArrivedFen);
        Assert.Equal([400_000L, 600_000L], second.Funds.Select(f => f.AmountFen));
        Assert.Equal("首期到资", second.Funds[0].Note);
        Assert.Equal(3, second.Version);
        Assert.Equal(2, await host.CountOutboxAsync("DealFundsArrived", signed.DealId.ToString()));
    }

    [Fact]
    public async Task RecordFundsArrival_WhenRetriedWithSameRequestId_RecordsThePartOnce()
    {
        var signed = await SignedDeals.SignAsync(host);
        var request = Funds(signed, 100_000, SignedDeals.Today);
        request.RequestId = Guid.NewGuid().ToString();

        await Client(signed.Town).RecordFundsArrivalAsync(request);
        var again = await Client(signed.Town).RecordFundsArrivalAsync(request);

        Assert.Single(again.Funds);
        Assert.Equal(1, await host.CountOutboxAsync("DealFundsArrived", signed.DealId.ToString()));
    }

    [Fact]
    public async Task RecordFundsArrival_WhenVersionStale_FailsWithStaleVersionAndStoresNothing()
    {
        var signed = await SignedDeals.SignAsync(host);
        await Client(signed.Town).RecordFundsArrivalAsync(Funds(signed, 100_000, SignedDeals.Today, version: 1));

        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(signed.Town).RecordFundsArrivalAsync(Funds(signed, 100_000, SignedDeals.Today, version: 1)).ResponseAsync);

        Assert.Equal("stale-version", error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Equal(1, await host.CountOutboxAsync("DealFundsArrived", signed.DealId.ToString()));
    }

    [Fact]
    public async Task RecordFundsArrival_WhenTotalWouldExceedTheDealsAmount_FailsFailedPreconditionAndStoresNothing()
    {
        var signed = await SignedDeals.SignAsync(host, amountFen: 1_000_000);
        await Client(signed.Town).RecordFundsArrivalAsync(Funds(signed, 900_000, SignedDeals.Today));

        var error = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(signed.Town).RecordFundsArrivalAsync(Funds(signed, 100_001, SignedDeals.Today)).ResponseAsync);

        Assert.Equal("deal-funds-exceed-amount", error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM funds_arrivals WHERE deal_id = $1", signed.DealId));
    }

    [Theory]
    [InlineData(0, 0, "amount_fen")]
    [InlineData(-100, 0, "amount_fen")]
    [InlineData(100, 2, "arrived_on")]
    [InlineData(100, -31, "arrived_on")]
    public async Task RecordFundsArrival_WhenImplausible_FailsInvalidArgumentNamingTheFieldAndStoresNothing(long amountFen, int daysFromToday, string field)
    {
        var signed = await SignedDeals.SignAsync(host);

        await RpcAssert.InvalidArgumentAsync(() => Client(signed.Town).RecordFundsArrivalAsync(Funds(signed, amountFen, SignedDeals.Today.AddDays(daysFromToday))).ResponseAsync, field);

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM funds_arrivals WHERE deal_id = $1", signed.DealId));
    }

    [Fact]
    public async Task RecordFundsArrival_WhenDateMalformedAndNoteTooLong_FailsInvalidArgumentNamingThem()
    {
        var signed = await SignedDeals.SignAsync(host);
        var request = Funds(signed, 100, SignedDeals.Today);
        request.ArrivedOn = "2026/11/01";
        request.Note = new string('注', 1001);

        await RpcAssert.InvalidArgumentAsync(() => Client(signed.Town).RecordFundsArrivalAsync(request).ResponseAsync, "arrived_on", "note");

        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM funds_arrivals WHERE deal_id = $1", signed.DealId));
    }

    [Fact]
    public async Task RecordFundsArrival_WhenInvestorOfTheDeal_FailsPermissionDeniedAndAnotherTownNotFound()
    {
        var signed = await SignedDeals.SignAsync(host);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(signed.Investor).RecordFundsArrivalAsync(Funds(signed, 100, SignedDeals.Today)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.Town(Guid.NewGuid())).RecordFundsArrivalAsync(Funds(signed, 100, SignedDeals.Today)).ResponseAsync);
    }

    [Fact]
    public async Task RecordFundsArrival_WhenDealTerminated_FailsFailedPrecondition()
    {
        var signed = await SignedDeals.SignAsync(host);
        await SignedDeals.TerminateAsync(host, signed.DealId);

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(TestCaller.Admin()).RecordFundsArrivalAsync(Funds(signed, 100, SignedDeals.Today)).ResponseAsync);
    }

    [Fact]
    public async Task ListOverdueToStart_WhenPlannedStartPassed_ListsOnlyDealsNotStartedOldestFirst()
    {
        var late = await SignedDeals.SignAsync(host, signedOn: SignedDeals.Today.AddDays(-90), plannedStartOn: SignedDeals.Today.AddDays(-20));
        var later = await SignedDeals.SignAsync(host, signedOn: SignedDeals.Today.AddDays(-90), plannedStartOn: SignedDeals.Today.AddDays(-40), townId: late.TownId);
        var started = await SignedDeals.SignAsync(host, signedOn: SignedDeals.Today.AddDays(-90), plannedStartOn: SignedDeals.Today.AddDays(-30), townId: late.TownId);
        await SignedDeals.SignAsync(host, plannedStartOn: SignedDeals.Today.AddDays(30), townId: late.TownId);
        var terminated = await SignedDeals.SignAsync(host, signedOn: SignedDeals.Today.AddDays(-90), plannedStartOn: SignedDeals.Today.AddDays(-25), townId: late.TownId);
        await SignedDeals.StartConstructionAsync(host, started.DealId, SignedDeals.Today.AddDays(-2));
        await SignedDeals.TerminateAsync(host, terminated.DealId);

        var overdue = await Client(late.Town).ListOverdueToStartAsync(new ListOverdueToStartRequest());

        Assert.Equal([later.DealId.ToString(), late.DealId.ToString()], overdue.Deals.Select(d => d.Id));
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    public async Task ListOverdueToStart_WhenRoleNotATownOrAdmin_FailsPermissionDenied(string role)
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).ListOverdueToStartAsync(new ListOverdueToStartRequest()).ResponseAsync);
    }

    private static RecordFundsArrivalRequest Funds(SignedDeals signed, long amountFen, DateOnly arrivedOn, int version = 0, string? note = null) => new()
    {
        DealId = signed.DealId.ToString(),
        ExpectedVersion = version,
        AmountFen = amountFen,
        ArrivedOn = Date(arrivedOn),
        Note = note ?? string.Empty,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DealsService.DealsServiceClient Client(TestCaller? caller) => host.Client<DealsService.DealsServiceClient>(caller);
}
