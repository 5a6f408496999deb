using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class TownUpdateSliceTests(SystemFixture fixture)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task UpdateTown_WhenRenamedThroughTheGateway_LeadsAndExpoReadModelsFollow()
    {
        var id = await fixture.RegisterTownAsync("改名镇");
        var directoryPath = $"/api/v1/leads/town-directory/{id}";
        var exhibitorPath = $"/api/v1/expo/exhibitor-towns/{id}";
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, directoryPath), EventTimeout, "the Leads directory");
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, exhibitorPath), EventTimeout, "the Expo exhibitors");

        using var updated = await fixture.Admin.PatchAsJsonAsync($"/api/v1/towns/{id}", new { nameEn = "Renamed Flange Town", mainIndustry = "锻件 forgings" });

        updated.EnsureSuccessStatusCode();
        await Eventually.TrueAsync(
            async () => (await fixture.Gateway.GetFromJsonAsync<JsonElement>(directoryPath)).GetProperty("mainIndustry").GetString() == "锻件 forgings",
            EventTimeout,
            "the Leads directory to take the new main industry");
        await Eventually.TrueAsync(
            async () => (await fixture.Gateway.GetFromJsonAsync<JsonElement>(exhibitorPath)).GetProperty("nameEn").GetString() == "Renamed Flange Town",
            EventTimeout,
            "the Expo exhibitors to take the new English name");
    }
}
