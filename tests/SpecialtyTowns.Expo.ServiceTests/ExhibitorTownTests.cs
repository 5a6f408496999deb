using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Expo.ServiceTests;

[Collection(ExpoCollection.Name)]
public sealed class ExhibitorTownTests(ExpoHost host)
{
    [Fact]
    public async Task GetExhibitorTown_WhenTownRegisteredPublished_AnswersWithTheTown()
    {
        var registered = Registered();
        var client = host.Client<ExpoService.ExpoServiceClient>(TestCaller.Anonymous());

        await host.PublishAsync(registered);
        var town = await ExhibitorEventuallyAsync(client, registered.TownId);

        Assert.Equal(registered.TownId.ToString(), town.TownId);
        Assert.Equal(registered.Name, town.Name);
        Assert.Equal("Test Town", town.NameEn);
        Assert.InRange(town.ReceivedAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task GetExhibitorTown_WhenTownUpdatedPublished_AnswersWithTheNewNames()
    {
        var registered = Registered();
        var client = host.Client<ExpoService.ExpoServiceClient>(TestCaller.Anonymous());
        await host.PublishAsync(registered);
        await ExhibitorEventuallyAsync(client, registered.TownId);
        var updated = new TownUpdated(registered.TownId, "改名镇 " + Guid.NewGuid().ToString("N")[..8], "Renamed Town", "晋中市", "榆次区", "醋饮料", DateTimeOffset.UtcNow);

        await host.PublishAsync(updated);
        var town = await Eventually.GetAsync(
            async () => await client.GetExhibitorTownAsync(new GetExhibitorTownRequest { TownId = registered.TownId.ToString() }) is { } found && found.Name == updated.Name ? found : null,
            TimeSpan.FromSeconds(20),
            "the new name among the exhibitors");

        Assert.Equal("Renamed Town", town.NameEn);
    }

    [Fact]
    public async Task GetExhibitorTown_WhenUnknownOrIdInvalid_FailsNotFoundOrInvalidArgument()
    {
        var client = host.Client<ExpoService.ExpoServiceClient>(TestCaller.Anonymous());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => client.GetExhibitorTownAsync(new GetExhibitorTownRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => client.GetExhibitorTownAsync(new GetExhibitorTownRequest { TownId = "t-1" }).ResponseAsync, "town_id");
    }

    [Fact]
    public async Task GetExhibitorTown_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Client<ExpoService.ExpoServiceClient>(null).GetExhibitorTownAsync(new GetExhibitorTownRequest { TownId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    private static TownRegistered Registered() => new(
        Guid.NewGuid(), "测试镇 " + Guid.NewGuid().ToString("N")[..8], "Test Town", "太原市", "清徐县", "provincial", "specialty-light-industry", "老陈醋", DateTimeOffset.UtcNow);

    private static Task<ExhibitorTown> ExhibitorEventuallyAsync(ExpoService.ExpoServiceClient client, Guid townId) => Eventually.FoundAsync(
        () => client.GetExhibitorTownAsync(new GetExhibitorTownRequest { TownId = townId.ToString() }).ResponseAsync,
        TimeSpan.FromSeconds(20),
        $"town {townId} among the exhibitors");
}
