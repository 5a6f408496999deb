using Grpc.Core;
using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.ServiceTests;

[Collection(LeadsCollection.Name)]
public sealed class LeadsServiceTests(LeadsHost host)
{
    private static readonly TimeSpan ConsumeDelay = TimeSpan.FromSeconds(20);

    private readonly LeadsData _data = new(host);

    [Fact]
    public async Task GetTownDirectoryEntry_WhenTownRegisteredPublished_AnswersWithTheTown()
    {
        var registered = Registered();

        await host.PublishAsync(registered);
        var entry = await EntryEventuallyAsync(registered.TownId);

        Assert.Equal(registered.TownId.ToString(), entry.TownId);
        Assert.Equal(registered.Name, entry.Name);
        Assert.Equal(registered.MainIndustry, entry.MainIndustry);
        Assert.Equal(registered.RegisteredAt, entry.RegisteredAt.ToDateTimeOffset());
        Assert.InRange(entry.ReceivedAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task GetTownDirectoryEntry_WhenTownUpdatedPublished_AnswersWithTheNewProfile()
    {
        var townId = await KnownTownAsync();
        var updated = new TownUpdated(townId, "改名镇 " + Guid.NewGuid().ToString("N")[..8], "Renamed Town", "晋中市", "榆次区", "醋饮料", DateTimeOffset.UtcNow);

        await host.PublishAsync(updated);
        var entry = await Eventually.GetAsync(
            async () => await Client(TestCaller.Anonymous()).GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = townId.ToString() }) is { } found && found.Name == updated.Name ? found : null,
            ConsumeDelay,
            "the new name in the leads directory");

        Assert.Equal("醋饮料", entry.MainIndustry);
    }

    [Fact]
    public async Task GetTownDirectoryEntry_WhenTownUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = Client(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = "t-1" }).ResponseAsync, "town_id");
    }

    [Fact]
    public async Task GetTownDirectoryEntry_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task CreateLead_WhenInvestorAndTownKnown_ReturnsANewLeadAndWritesLeadCreated()
    {
        var townId = await KnownTownAsync();
        var investor = await InvestorAsync();

        var lead = await Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "想投资醋饮料生产线" });

        Assert.True(Guid.TryParse(lead.Id, out _));
        Assert.Equal(investor.Subject, lead.InvestorId);
        Assert.Equal(townId.ToString(), lead.TownId);
        Assert.Equal("想投资醋饮料生产线", lead.Message);
        Assert.Equal("lead", lead.Stage);
        Assert.NotNull(lead.CreatedAt);
        Assert.Equal(1, await host.CountOutboxAsync("LeadCreated", lead.Id));
    }

    [Fact]
    public async Task CreateLead_WhenTownNotKnown_FailsFailedPrecondition()
    {
        var investor = await InvestorAsync();

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = Guid.NewGuid().ToString(), Message = "你好" }).ResponseAsync);
    }

    [Fact]
    public async Task CreateLead_WhenRetriedWithSameRequestId_ReturnsTheFirstLeadAndOneEvent()
    {
        var townId = await KnownTownAsync();
        var client = Client(await InvestorAsync());
        var request = new CreateLeadRequest { RequestId = Guid.NewGuid().ToString(), TownId = townId.ToString(), Message = "你好" };

        var first = await client.CreateLeadAsync(request);
        var retry = await client.CreateLeadAsync(request);

        Assert.Equal(StoredPrecision.Of(first), retry);
        Assert.Equal(1, await host.CountOutboxAsync("LeadCreated", first.Id));
        Assert.Equal(1, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task CreateLead_WhenAnotherInvestorUsesTheRequestId_CreatesItsOwnLead()
    {
        var townId = await KnownTownAsync();
        var request = new CreateLeadRequest { RequestId = Guid.NewGuid().ToString(), TownId = townId.ToString(), Message = "你好" };

        var first = await Client(await InvestorAsync()).CreateLeadAsync(request);
        var second = await Client(await InvestorAsync()).CreateLeadAsync(request);

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.InvestorId, second.InvestorId);
    }

    [Fact]
    public async Task CreateLead_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = new CreateLeadRequest { RequestId = new string('r', 101), TownId = "t-1", Message = " " };

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Investor()).CreateLeadAsync(request).ResponseAsync, "request_id", "town_id", "message");
    }

    [Fact]
    public async Task CreateLead_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).CreateLeadAsync(new CreateLeadRequest { TownId = Guid.NewGuid().ToString(), Message = "你好" }).ResponseAsync);
    }

    [Theory]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task CreateLead_WhenNeitherInvestorNorTheTownNorAdmin_FailsPermissionDenied(string role)
    {
        var townId = await KnownTownAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "你好" }).ResponseAsync);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("admin")]
    public async Task GetLead_WhenItsInvestorItsTownOrAdmin_ReturnsIt(string who)
    {
        var (townId, investor, lead) = await LeadAsync();
        var caller = who switch
        {
            "investor" => investor,
            "town" => TestCaller.Town(townId),
            _ => TestCaller.Admin(),
        };

        var found = await Client(caller).GetLeadAsync(new GetLeadRequest { Id = lead.Id });

        Assert.Equal(lead.Id, found.Id);
        Assert.Equal(lead.Version, found.Version);
        Assert.Equal(lead.OrganisationName, found.OrganisationName);

        // The town's working fields (its next action) are for the town and admins, never the investor.
        Assert.Equal(who != "investor", found.NextAction.Length > 0);
    }

    [Theory]
    [InlineData("investor")]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task GetLead_WhenSomeoneElse_FailsNotFound(string role)
    {
        var (_, _, lead) = await LeadAsync();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.OfRole(role)).GetLeadAsync(new GetLeadRequest { Id = lead.Id }).ResponseAsync);
    }

    [Fact]
    public async Task GetLead_WhenUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = Client(TestCaller.Admin());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetLeadAsync(new GetLeadRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetLeadAsync(new GetLeadRequest { Id = "l-1" }).ResponseAsync, "id");
    }

    [Fact]
    public async Task ListLeads_WhenInvestor_ListsOnlyItsOwnNewestFirst()
    {
        var (townId, investor, first) = await LeadAsync();
        var otherTown = await KnownTownAsync();
        var second = await Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = otherTown.ToString(), Message = "再问一个镇" });
        await Client(await InvestorAsync()).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "别人的" });

        var response = await Client(investor).ListLeadsAsync(new ListLeadsRequest());

        Assert.Equal(new[] { second.Id, first.Id }, response.Leads.Select(l => l.Id));
        Assert.Equal(2, response.Page.Total);
        Assert.Empty(response.Page.NextPageToken);
    }

    [Fact]
    public async Task ListLeads_WhenTown_ListsTheLeadsForItPageByPage()
    {
        var townId = await KnownTownAsync();
        for (var i = 0; i < 3; i++)
        {
            await Client(await InvestorAsync()).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "第" + i + "个" });
        }

        var town = Client(TestCaller.Town(townId));
        var firstPage = await town.ListLeadsAsync(new ListLeadsRequest { Page = new PageRequest { PageSize = 2 } });
        var secondPage = await town.ListLeadsAsync(new ListLeadsRequest { Page = new PageRequest { PageSize = 2, PageToken = firstPage.Page.NextPageToken } });

        Assert.Equal(3, firstPage.Page.Total);
        Assert.Equal(2, firstPage.Leads.Count);
        Assert.Single(secondPage.Leads);
        Assert.Empty(secondPage.Page.NextPageToken);
        Assert.All(firstPage.Leads.Concat(secondPage.Leads), l => Assert.Equal(townId.ToString(), l.TownId));
    }

    [Fact]
    public async Task ListLeads_WhenAdmin_ListsEveryonesLeads()
    {
        var (_, _, lead) = await LeadAsync();

        // Filtered by the lead's town: other tests' leads, made meanwhile, would push it off an unfiltered first page.
        var response = await Client(TestCaller.Admin()).ListLeadsAsync(new ListLeadsRequest { TownId = lead.TownId, Page = new PageRequest { PageSize = 100 } });

        Assert.Contains(response.Leads, l => l.Id == lead.Id);
    }

    [Theory]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task ListLeads_WhenRoleHasNoLeads_FailsPermissionDenied(string role)
    {
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).ListLeadsAsync(new ListLeadsRequest()).ResponseAsync);
    }

    [Fact]
    public async Task ListLeads_WhenPageSizeOrTokenInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = new ListLeadsRequest { Page = new PageRequest { PageSize = -1, PageToken = "not-a-token" } };

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Investor()).ListLeadsAsync(request).ResponseAsync, "page.page_size", "page.page_token");
    }

    [Fact]
    public async Task CreateLead_WhenMessageHasNul_FailsInvalidArgumentAndStoresNothing()
    {
        var townId = await KnownTownAsync();
        var investor = await InvestorAsync();

        await RpcAssert.InvalidArgumentAsync(
            () => Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "你好\n\u0000" }).ResponseAsync,
            "message");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM leads WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task CreateLead_WhenMessageSpansLines_IsAccepted()
    {
        var townId = await KnownTownAsync();

        var lead = await Client(await InvestorAsync()).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), Message = "你好，\r\n\t想了解醋产业园。🏭" });

        Assert.Equal("你好，\r\n\t想了解醋产业园。🏭", lead.Message);
    }

    private static TownRegistered Registered() => LeadsData.Registered();

    private LeadsService.LeadsServiceClient Client(TestCaller? caller) => host.Client<LeadsService.LeadsServiceClient>(caller);

    private Task<TownDirectoryEntry> EntryEventuallyAsync(Guid townId) => Eventually.FoundAsync(
        () => Client(TestCaller.Anonymous()).GetTownDirectoryEntryAsync(new GetTownDirectoryEntryRequest { TownId = townId.ToString() }).ResponseAsync,
        ConsumeDelay,
        $"town {townId} in the leads directory");

    private Task<Guid> KnownTownAsync() => _data.KnownTownAsync();

    private async Task<TestCaller> InvestorAsync() => (await _data.InvestorAsync()).Investor;

    private Task<(Guid TownId, TestCaller Investor, Lead Lead)> LeadAsync() => _data.LeadAsync();
}
