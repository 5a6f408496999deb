using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(EnterprisesCollection.Name)]
public sealed class EnterprisesServiceTests(EnterprisesHost host)
{
    [Fact]
    public async Task RegisterEnterprise_WhenTownAccountOfItsTown_ReturnsItAndWritesEnterpriseRegistered()
    {
        var townId = Guid.NewGuid();
        var request = Registration(townId);

        var enterprise = await Client(TestCaller.Town(townId)).RegisterEnterpriseAsync(request);

        Assert.True(Guid.TryParse(enterprise.Id, out _));
        Assert.Equal(request.Name, enterprise.Name);
        Assert.Equal(townId.ToString(), enterprise.TownId);
        Assert.Equal(new[] { "老陈醋", "醋饮料" }, enterprise.Products);
        Assert.InRange(enterprise.RegisteredAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseRegistered", enterprise.Id));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenAdmin_RegistersForAnyTown()
    {
        var townId = Guid.NewGuid();

        var enterprise = await Client(TestCaller.Admin()).RegisterEnterpriseAsync(Registration(townId));

        Assert.Equal(townId.ToString(), enterprise.TownId);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenRetriedWithSameRequestId_ReturnsTheFirstAndOneEvent()
    {
        var townId = Guid.NewGuid();
        var request = Registration(townId, Guid.NewGuid().ToString());
        var client = Client(TestCaller.Town(townId));

        var first = await client.RegisterEnterpriseAsync(request);
        var retry = await client.RegisterEnterpriseAsync(request);

        Assert.Equal(StoredPrecision.Of(first), retry);
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseRegistered", first.Id));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenRetriedConcurrently_EveryCallGetsTheOneEnterprise()
    {
        var townId = Guid.NewGuid();
        var request = Registration(townId, Guid.NewGuid().ToString());
        var client = Client(TestCaller.Town(townId));

        var enterprises = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.RegisterEnterpriseAsync(request).ResponseAsync));

        Assert.Single(enterprises.Select(e => e.Id).Distinct());
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseRegistered", enterprises[0].Id));
    }

    [Fact]
    public async Task RegisterEnterprise_WhenAnotherTownUsedTheRequestId_RegistersItsOwn()
    {
        var requestId = Guid.NewGuid().ToString();
        var (townA, townB) = (Guid.NewGuid(), Guid.NewGuid());
        var first = await Client(TestCaller.Town(townA)).RegisterEnterpriseAsync(Registration(townA, requestId));

        var second = await Client(TestCaller.Town(townB)).RegisterEnterpriseAsync(Registration(townB, requestId));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(townB.ToString(), second.TownId);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenNameTakenInTheTown_FailsAlreadyExists()
    {
        var townId = Guid.NewGuid();
        var request = Registration(townId);
        await Client(TestCaller.Admin()).RegisterEnterpriseAsync(request);

        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, () => Client(TestCaller.Admin()).RegisterEnterpriseAsync(Registration(townId, name: request.Name)).ResponseAsync);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var request = new RegisterEnterpriseRequest { Name = " ", TownId = "town-1", Products = { string.Empty } };

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).RegisterEnterpriseAsync(request).ResponseAsync, "name", "town_id", "products[0]");
    }

    [Fact]
    public async Task RegisterEnterprise_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).RegisterEnterpriseAsync(Registration(Guid.NewGuid())).ResponseAsync);
    }

    [Theory]
    [InlineData("town")]
    [InlineData("investor")]
    [InlineData("enterprise")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task RegisterEnterprise_WhenNotItsTownOrAdmin_FailsPermissionDenied(string role)
    {
        var request = Registration(Guid.NewGuid());

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).RegisterEnterpriseAsync(request).ResponseAsync);
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM enterprises WHERE name = $1", request.Name));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("investor")]
    [InlineData("town")]
    public async Task GetEnterprise_WhenAnyCaller_ReturnsIt(string role)
    {
        var enterprise = await RegisterAsync(Guid.NewGuid());

        var found = await Client(TestCaller.OfRole(role)).GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterprise.Id });

        Assert.Equal(StoredPrecision.Of(enterprise), found);
    }

    [Fact]
    public async Task GetEnterprise_WhenUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = Client(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetEnterpriseAsync(new GetEnterpriseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetEnterpriseAsync(new GetEnterpriseRequest { Id = "e-1" }).ResponseAsync, "id");
    }

    [Fact]
    public async Task GetEnterprise_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).GetEnterpriseAsync(new GetEnterpriseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Theory]
    [InlineData("itself")]
    [InlineData("its town")]
    [InlineData("admin")]
    public async Task UpdateEnterprise_WhenItselfItsTownOrAdmin_ChangesSetFieldsAndWritesEnterpriseUpdated(string who)
    {
        var townId = Guid.NewGuid();
        var enterprise = await RegisterAsync(townId);
        var caller = who switch
        {
            "itself" => TestCaller.Enterprise(Guid.Parse(enterprise.Id)),
            "its town" => TestCaller.Town(townId),
            _ => TestCaller.Admin(),
        };

        var updated = await Client(caller).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Products = new ProductList { Values = { "醋糖" } } });

        Assert.Equal(enterprise.Name, updated.Name);
        Assert.Equal(new[] { "醋糖" }, updated.Products);
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Fact]
    public async Task UpdateEnterprise_WhenNothingChanges_WritesNoEvent()
    {
        var enterprise = await RegisterAsync(Guid.NewGuid());

        var same = await Client(TestCaller.Admin()).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Name = enterprise.Name });

        Assert.Equal(StoredPrecision.Of(enterprise), same);
        Assert.Equal(0, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Theory]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("investor")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task UpdateEnterprise_WhenAnotherCaller_FailsPermissionDenied(string role)
    {
        var enterprise = await RegisterAsync(Guid.NewGuid());

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Client(TestCaller.OfRole(role)).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Name = "改名" }).ResponseAsync);
        Assert.Equal(0, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Fact]
    public async Task UpdateEnterprise_WhenUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(TestCaller.Admin()).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = Guid.NewGuid().ToString(), Name = "改名" }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateEnterprise_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var enterprise = await RegisterAsync(Guid.NewGuid());
        var request = new UpdateEnterpriseRequest { Id = enterprise.Id, Name = string.Empty, Products = new ProductList { Values = { new string('x', 201) } } };

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).UpdateEnterpriseAsync(request).ResponseAsync, "name", "products.values[0]");
    }

    [Fact]
    public async Task UpdateEnterprise_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => Client(null).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task RegisterEnterprise_WhenNameOrProductHasForbiddenCharacters_FailsInvalidArgumentAndStoresNothing()
    {
        var townId = Guid.NewGuid();
        var request = Registration(townId);
        request.Name += "\u0000";
        request.Products.Add("醋\u202E饮料");

        await RpcAssert.InvalidArgumentAsync(() => Client(TestCaller.Admin()).RegisterEnterpriseAsync(request).ResponseAsync, "name", "products[2]");
        Assert.Equal(0, await host.CountAsync("SELECT count(*) FROM enterprises WHERE town_id = $1", townId));
    }

    private static RegisterEnterpriseRequest Registration(Guid townId, string? requestId = null, string? name = null) => new()
    {
        RequestId = requestId ?? string.Empty,
        Name = name ?? "东湖醋业 " + Guid.NewGuid().ToString("N")[..8],
        TownId = townId.ToString(),
        Products = { "老陈醋", "醋饮料" },
    };

    private EnterprisesService.EnterprisesServiceClient Client(TestCaller? caller) => host.Client<EnterprisesService.EnterprisesServiceClient>(caller);

    private async Task<Enterprise> RegisterAsync(Guid townId) => await Client(TestCaller.Admin()).RegisterEnterpriseAsync(Registration(townId));
}
