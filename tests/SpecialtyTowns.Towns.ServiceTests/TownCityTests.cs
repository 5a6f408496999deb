extern alias towns;

using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;
using SeedFile = towns::SpecialtyTowns.Towns.Seeding.SeedFile;
using SeedTown = towns::SpecialtyTowns.Towns.Seeding.SeedTown;
using TownSeeder = towns::SpecialtyTowns.Towns.Seeding.TownSeeder;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>A town's city follows from its county (Domain/Places/CountyCities) when nobody gave one.</summary>
[Collection(TownsCollection.Name)]
public sealed class TownCityTests(TownsHost host)
{
    [Fact]
    public async Task RegisterTown_WhenOnlyTheCountyIsGiven_StoresAndAnnouncesTheCountysCity()
    {
        var request = TownsData.Registration();
        request.City = string.Empty;
        request.County = "孝义市";

        var town = await host.Towns(TestCaller.Admin()).RegisterTownAsync(request);

        Assert.Equal(("吕梁 Lüliang", "孝义市"), (town.City, town.County));
        Assert.Equal(1, await TownEventsNamingAsync("town-registered", town.Id, "吕梁 Lüliang"));
    }

    [Fact]
    public async Task UpdateTown_WhenATownWithoutCityGetsACounty_StoresAndAnnouncesTheCity()
    {
        var town = await RegisterWithoutPlaceAsync();

        var updated = await host.Towns(TestCaller.Town(Guid.Parse(town.Id))).UpdateTownAsync(new UpdateTownRequest { Id = town.Id, County = "Qingxu" });

        Assert.Equal(("太原 Taiyuan", "Qingxu"), (updated.City, updated.County));
        Assert.Equal(1, await TownEventsNamingAsync("town-updated", town.Id, "太原 Taiyuan"));
    }

    [Fact]
    public async Task UpdateTown_WhenTheCityWasGiven_NeverReplacesIt()
    {
        var town = await host.RegisterTownAsync();

        var updated = await host.Towns(TestCaller.Admin()).UpdateTownAsync(new UpdateTownRequest { Id = town.Id, County = "定襄县" });

        Assert.Equal(("太原市", "定襄县"), (updated.City, updated.County));
    }

    [Fact]
    public async Task SeedTowns_WhenASeedTownIsPresentWithoutCity_GivesItTheCityOnceThroughTownUpdated()
    {
        var town = await RegisterWithoutPlaceAsync();
        var seed = new SeedFile([new SeedTown(town.Name, null, "定襄县 Dingxiang", "法兰", "advanced-manufacturing", null, null, null)]);

        var added = await TownSeeder.SeedTownsAsync(host.Server.Services, seed);
        await TownSeeder.SeedTownsAsync(host.Server.Services, seed);

        var seeded = await host.Towns(TestCaller.Admin()).GetTownAsync(new GetTownRequest { Id = town.Id });
        Assert.Equal(0, added);
        Assert.Equal(("忻州 Xinzhou", "定襄县 Dingxiang"), (seeded.City, seeded.County));
        Assert.Equal(1, await TownEventsNamingAsync("town-updated", town.Id, "忻州 Xinzhou"));
    }

    [Fact]
    public async Task SeedTowns_WhenTheCountyIsUnknown_LeavesTheCityEmptyAndAnnouncesNothing()
    {
        var town = await RegisterWithoutPlaceAsync();
        var seed = new SeedFile([new SeedTown(town.Name, null, "无名县", "法兰", "advanced-manufacturing", null, null, null)]);

        await TownSeeder.SeedTownsAsync(host.Server.Services, seed);

        var seeded = await host.Towns(TestCaller.Admin()).GetTownAsync(new GetTownRequest { Id = town.Id });
        Assert.Equal((string.Empty, string.Empty), (seeded.City, seeded.County));
        Assert.Equal(0, await host.CountOutboxAsync("TownUpdated", town.Id));
    }

    private async Task<Town> RegisterWithoutPlaceAsync()
    {
        var request = TownsData.Registration();
        request.City = string.Empty;
        request.County = string.Empty;
        return await host.Towns(TestCaller.Admin()).RegisterTownAsync(request);
    }

    private Task<long> TownEventsNamingAsync(string eventName, string townId, string city) => host.CountAsync(
        "SELECT count(*) FROM outbox_messages WHERE message_type LIKE $1 AND payload->>'townId' = $2 AND payload->>'city' = $3",
        "%" + eventName + "%",
        townId,
        city);
}
