using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using static SpecialtyTowns.Enterprises.ServiceTests.EnterpriseRequests;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(EnterprisesCollection.Name)]
public sealed class EnterprisesServiceTests(EnterprisesHost host)
{
    [Fact]
    public async Task RegisterEnterprise_WhenTownAccountOfItsTown_ReturnsItWithTownAndWritesEnterpriseRegistered()
    {
        var town = Town();
        var townId = await host.KnownTownAsync(town);
        var request = Registration(townId);

        var enterprise = await host.Client(TestCaller.Town(townId)).RegisterEnterpriseAsync(request);

        Assert.True(Guid.TryParse(enterprise.Id, out _));
        Assert.Equal(request.Profile.Name, enterprise.Profile.Name);
        Assert.Equal(townId.ToString(), enterprise.TownId);
        Assert.Equal(["老陈醋", "醋饮料"], enterprise.Profile.Products);
        Assert.Equal((town.Name, town.City), (enterprise.TownName, enterprise.City));
        Assert.Equal(1, enterprise.Version);
        Assert.InRange(enterprise.RegisteredAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseRegistered", enterprise.Id));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenTownAccountLeavesTownIdOut_RegistersForItsOwnTown()
    {
        var townId = await host.KnownTownAsync();
        var request = Registration(townId);
        request.TownId = string.Empty;

        var enterprise = await host.Client(TestCaller.Town(townId)).RegisterEnterpriseAsync(request);

        Assert.Equal(townId.ToString(), enterprise.TownId);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenAdmin_RegistersForAnyKnownTown()
    {
        var townId = await host.KnownTownAsync();

        var enterprise = await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(Registration(townId));

        Assert.Equal(townId.ToString(), enterprise.TownId);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenTownUnknown_FailsNotFoundAndStoresNothing()
    {
        var townId = Guid.NewGuid();

        var failure = await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(Registration(townId)).ResponseAsync);

        Assert.Contains(townId.ToString(), failure.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", townId));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenRetriedWithSameRequestId_ReturnsTheFirstAndOneEvent()
    {
        var townId = await host.KnownTownAsync();
        var request = Registration(townId, Guid.NewGuid().ToString());
        var client = host.Client(TestCaller.Town(townId));

        var first = await client.RegisterEnterpriseAsync(request);
        var retry = await client.RegisterEnterpriseAsync(request);

        Assert.Equal(StoredPrecision.Of(first), retry);
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseRegistered", first.Id));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenRetriedConcurrently_EveryCallGetsTheOneEnterprise()
    {
        var townId = await host.KnownTownAsync();
        var request = Registration(townId, Guid.NewGuid().ToString());
        var client = host.Client(TestCaller.Town(townId));

        var enterprises = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.RegisterEnterpriseAsync(request).ResponseAsync));

        Assert.Single(enterprises.Select(e => e.Id).Distinct());
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseRegistered", enterprises[0].Id));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenAnotherTownUsedTheRequestId_RegistersItsOwn()
    {
        var requestId = Guid.NewGuid().ToString();
        var (townA, townB) = (await host.KnownTownAsync(), await host.KnownTownAsync());
        var first = await host.Client(TestCaller.Town(townA)).RegisterEnterpriseAsync(Registration(townA, requestId));

        var second = await host.Client(TestCaller.Town(townB)).RegisterEnterpriseAsync(Registration(townB, requestId));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(townB.ToString(), second.TownId);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenNameTakenInTheTown_FailsAlreadyExistsNamingName()
    {
        var townId = await host.KnownTownAsync();
        var request = Registration(townId);
        await host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(request);

        var failure = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(Registration(townId, name: request.Profile.Name)).ResponseAsync);

        Assert.StartsWith("profile.name", failure.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = new RegisterEnterpriseRequest { TownId = "town-1", Profile = new EnterpriseProfile { Name = " ", Products = { string.Empty } } };

        await RpcAssert.InvalidArgumentAsync(() => host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(request).ResponseAsync, "profile.name", "town_id", "profile.products[0]");
    }

    [Fact]
    public async Task RegisterEnterprise_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Client(null).RegisterEnterpriseAsync(Registration(Guid.NewGuid())).ResponseAsync);
    }

    [Theory]
    [InlineData("town")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task RegisterEnterprise_WhenNotItsTownOrAdmin_FailsPermissionDenied(string role)
    {
        var request = Registration(await host.KnownTownAsync());

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Client(TestCaller.OfRole(role)).RegisterEnterpriseAsync(request).ResponseAsync);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM enterprises WHERE name = $1", request.Profile.Name));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenNameOrProductHasForbiddenCharacters_FailsInvalidArgumentAndStoresNothing()
    {
        var townId = await host.KnownTownAsync();
        var request = Registration(townId);
        request.Profile.Name += "\u0000";
        request.Profile.Products.Add("醋\u202E饮料");

        await RpcAssert.InvalidArgumentAsync(() => host.Client(TestCaller.Admin()).RegisterEnterpriseAsync(request).ResponseAsync, "profile.name", "profile.products[2]");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", townId));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("town")]
    public async Task GetEnterprise_WhenAnyCaller_ReturnsIt(string role)
    {
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync());

        var found = await host.Client(TestCaller.OfRole(role)).GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterprise.Id });

        Assert.Equal(StoredPrecision.Of(enterprise), found);
    }

    [Fact]
    public async Task GetEnterprise_WhenUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = host.Client(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetEnterpriseAsync(new GetEnterpriseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetEnterpriseAsync(new GetEnterpriseRequest { Id = "e-1" }).ResponseAsync, "id");
    }

    [Fact]
    public async Task GetEnterprise_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Client(null).GetEnterpriseAsync(new GetEnterpriseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task ListTownEnterprises_WhenLeadingAndOthers_ListsLeadingFirstThenByNameAPageAtATime()
    {
        var townId = await host.KnownTownAsync();
        var leading = Profile("C 龙头企业");
        leading.Leading = true;
        await host.RegisterAsync(townId, Profile("B 企业"));
        await host.RegisterAsync(townId, Profile("A 企业"));
        await host.RegisterAsync(townId, leading);
        var client = host.Client(TestCaller.Anonymous());

        var first = await client.ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = townId.ToString(), PageSize = 2 });
        var second = await client.ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = townId.ToString(), Page = 2, PageSize = 2 });

        Assert.Equal((3, 1, 2), (first.Total, first.Page, first.PageSize));
        Assert.Equal(["C 龙头企业", "A 企业", "B 企业"], first.Enterprises.Concat(second.Enterprises).Select(e => e.Profile.Name));
        Assert.All(first.Enterprises, e => Assert.Equal(townId.ToString(), e.TownId));
    }

    [Fact]
    public async Task ListTownEnterprises_WhenTownUnknownOrPagingInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = host.Client(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.ListTownEnterprisesAsync(new ListTownEnterprisesRequest { TownId = "t", Page = -1, PageSize = 101 }).ResponseAsync, "town_id", "page", "page_size");
    }
}
