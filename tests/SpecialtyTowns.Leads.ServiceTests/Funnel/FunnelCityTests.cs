using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.ServiceTests.Funnel;

/// <summary>Towns write their city "大同 Datong"; a city's funnel finds it written "大同" or "大同市" too, and follows TownUpdated.</summary>
[Collection(LeadsCollection.Name)]
public sealed class FunnelCityTests(LeadsHost host)
{
    private const int Year = 2026;

    [Theory]
    [InlineData("")]
    [InlineData("市")]
    [InlineData(" Ceshi")]
    public async Task GetFunnel_WhenTheCityIsWrittenWithoutItsEnglishNameOrWithSuffix_FindsTheTownsOfThatCity(string tail)
    {
        var city = UniqueCity();
        var townId = Guid.NewGuid();
        await PublishAndWaitAsync(new TownRegistered(townId, "城市漏斗镇" + townId.ToString("N")[..6], null, city + " Ceshi", null, null, "advanced-manufacturing", "醋", DateTimeOffset.UtcNow), townId, city + " Ceshi");
        await FunnelData.WriteAsync(host.Database, FunnelData.Generate(townId, 12, seed: 17));

        var funnel = await Funnel().GetFunnelAsync(new GetFunnelRequest { City = city + tail, Year = Year });

        Assert.Equal("city", funnel.Scope);
        Assert.Equal(12, funnel.Stages.Sum(s => s.Count) + funnel.LostCount);
    }

    [Fact]
    public async Task TownUpdated_WhenItCarriesACityTheRegistrationLacked_PutsTheTownInThatCitysFunnel()
    {
        var city = UniqueCity();
        var townId = Guid.NewGuid();
        var name = "补城市镇" + townId.ToString("N")[..6];
        await PublishAndWaitAsync(new TownRegistered(townId, name, null, null, null, null, "advanced-manufacturing", "醋", DateTimeOffset.UtcNow.AddMinutes(-1)), townId, null);
        await FunnelData.WriteAsync(host.Database, FunnelData.Generate(townId, 5, seed: 19));

        await PublishAndWaitAsync(new TownUpdated(townId, name, null, city + " Ceshi", "定襄县 Dingxiang", "醋", DateTimeOffset.UtcNow), townId, city + " Ceshi");
        var funnel = await Funnel().GetFunnelAsync(new GetFunnelRequest { City = city + "市", Year = Year });

        Assert.Equal(5, funnel.Stages.Sum(s => s.Count) + funnel.LostCount);
    }

    /// <summary>A city name of its own (Han characters only, so that only the English part and the suffix vary).</summary>
    private static string UniqueCity() => "测" + string.Concat(Guid.NewGuid().ToByteArray()[..6].Select(b => (char)('\u4e00' + (b * 37))));

    private async Task PublishAndWaitAsync<T>(T message, Guid townId, string? city)
        where T : class
    {
        await host.PublishAsync(message);
        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM town_directory WHERE town_id = $1 AND city IS NOT DISTINCT FROM $2::text", townId, (object?)city ?? DBNull.Value) == 1,
            TimeSpan.FromSeconds(20),
            "the town's city in the leads directory");
    }

    private FunnelService.FunnelServiceClient Funnel() => host.Client<FunnelService.FunnelServiceClient>(TestCaller.Admin());
}
