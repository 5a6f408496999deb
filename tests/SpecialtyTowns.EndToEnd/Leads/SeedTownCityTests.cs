using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Leads;

/// <summary>
/// The seed towns the seed file gives a county only (or nothing) get their city in Towns, and
/// it reaches Leads' town directory: a city's funnel finds them, however the city is written.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SeedTownCityTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("吕梁")] // 孝义氢能 (county 孝义), 杏花村汾酒 (neither: SeedCounties)
    [InlineData("Xinzhou")] // 定襄法兰 (county 定襄县)
    [InlineData("朔州市")] // 怀仁日用陶瓷 (county 怀仁)
    [InlineData("长治 Changzhi")] // 潞城碳基材料 (county 潞城)
    public async Task GetFunnel_WhenAnAdminAsksForACityOnlySeedTownsCountiesName_FindsThatCitysTowns(string city)
    {
        var path = "/api/v1/leads/funnel?city=" + Uri.EscapeDataString(city);

        var funnel = await Eventually.GetAsync(
            async () =>
            {
                using var response = await fixture.Admin.GetAsync(path);
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
            },
            TimeSpan.FromSeconds(30),
            $"the funnel of {city}");

        Assert.Equal(("city", city), (funnel!.Value.GetProperty("scope").GetString(), funnel.Value.GetProperty("scopeName").GetString()));
    }
}
