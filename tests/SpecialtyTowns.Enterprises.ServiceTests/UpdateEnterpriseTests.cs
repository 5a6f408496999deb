using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;
using static SpecialtyTowns.Enterprises.ServiceTests.EnterpriseRequests;

namespace SpecialtyTowns.Enterprises.ServiceTests;

[Collection(EnterprisesCollection.Name)]
public sealed class UpdateEnterpriseTests(EnterprisesHost host)
{
    [Theory]
    [InlineData("itself")]
    [InlineData("its town")]
    [InlineData("admin")]
    public async Task UpdateEnterprise_WhenItselfItsTownOrAdmin_ReplacesTheProfileAndWritesEnterpriseUpdated(string who)
    {
        var townId = await host.KnownTownAsync();
        var enterprise = await host.RegisterAsync(townId);
        var caller = who switch
        {
            "itself" => TestCaller.Enterprise(Guid.Parse(enterprise.Id)),
            "its town" => TestCaller.Town(townId),
            _ => TestCaller.Admin(),
        };
        var profile = enterprise.Profile.Clone();
        profile.Products.Clear();
        profile.Products.Add("醋糖");

        var updated = await host.Client(caller).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = profile, ExpectedVersion = 1 });

        Assert.Equal(enterprise.Profile.Name, updated.Profile.Name);
        Assert.Equal(["醋糖"], updated.Profile.Products);
        Assert.Equal(2, updated.Version);
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Theory]
    [InlineData("itself", false)]
    [InlineData("its town", true)]
    [InlineData("admin", true)]
    public async Task UpdateEnterprise_WhenSettingTheLeadingFlag_TakesItOnlyFromItsTownOrAdmin(string who, bool taken)
    {
        var townId = await host.KnownTownAsync();
        var enterprise = await host.RegisterAsync(townId);
        var caller = who switch
        {
            "itself" => TestCaller.Enterprise(Guid.Parse(enterprise.Id)),
            "its town" => TestCaller.Town(townId),
            _ => TestCaller.Admin(),
        };
        var profile = enterprise.Profile.Clone();
        profile.Leading = !enterprise.Profile.Leading;
        profile.Products.Add("醋糖");

        var updated = await host.Client(caller).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = profile });

        Assert.Equal(taken ? !enterprise.Profile.Leading : enterprise.Profile.Leading, updated.Profile.Leading);
        Assert.Contains("醋糖", updated.Profile.Products);
    }

    [Fact]
    public async Task UpdateEnterprise_WhenNothingChanges_KeepsTheVersionAndWritesNoEvent()
    {
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync());

        var same = await host.Client(TestCaller.Admin()).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = enterprise.Profile });

        Assert.Equal(StoredPrecision.Of(enterprise), same);
        Assert.Equal(0, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Fact]
    public async Task UpdateEnterprise_WhenExpectedVersionIsStale_FailsStaleVersionAndChangesNothing()
    {
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync());
        var client = host.Client(TestCaller.Admin());
        var first = enterprise.Profile.Clone();
        first.Description = "第一次修改";
        await client.UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = first, ExpectedVersion = 1 });
        var second = enterprise.Profile.Clone();
        second.Description = "基于旧版本的修改";

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => client.UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = second, ExpectedVersion = 1 }).ResponseAsync);

        Assert.Equal("stale-version", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal("第一次修改", (await client.GetEnterpriseAsync(new GetEnterpriseRequest { Id = enterprise.Id })).Profile.Description);
        Assert.Equal(1, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Theory]
    [InlineData("town")]
    [InlineData("enterprise")]
    [InlineData("investor")]
    [InlineData("organizer")]
    [InlineData("anonymous")]
    public async Task UpdateEnterprise_WhenAnotherCaller_FailsPermissionDenied(string role)
    {
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync());

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Client(TestCaller.OfRole(role)).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = Profile("改名") }).ResponseAsync);
        Assert.Equal(0, await host.CountOutboxAsync("EnterpriseUpdated", enterprise.Id));
    }

    [Fact]
    public async Task UpdateEnterprise_WhenUnknown_FailsNotFound()
    {
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Client(TestCaller.Admin()).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = Guid.NewGuid().ToString(), Profile = Profile("改名") }).ResponseAsync);
    }

    [Fact]
    public async Task UpdateEnterprise_WhenFieldsInvalid_FailsInvalidArgumentNamingThem()
    {
        var enterprise = await host.RegisterAsync(await host.KnownTownAsync());
        var request = new UpdateEnterpriseRequest { Id = enterprise.Id, Profile = new EnterpriseProfile { Name = string.Empty, Products = { new string('x', 201) } } };

        await RpcAssert.InvalidArgumentAsync(() => host.Client(TestCaller.Admin()).UpdateEnterpriseAsync(request).ResponseAsync, "profile.name", "profile.products[0]");
    }

    [Fact]
    public async Task UpdateEnterprise_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Client(null).UpdateEnterpriseAsync(new UpdateEnterpriseRequest { Id = Guid.NewGuid().ToString() }).ResponseAsync);
    }
}
