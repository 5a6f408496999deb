using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class TownProfileTests(SystemFixture fixture)
{
    [Fact]
    public async Task GetTown_WhenSeeded_CarriesTheQuotedFiguresWithSourceAndNoInventedYear()
    {
        var id = await TownIdAsync("定襄法兰专业镇");

        var town = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{id}");

        var figures = town.GetProperty("keyFigures").EnumerateArray().ToList();
        var output = figures.Single(f => f.GetProperty("metric").GetString() == "output-value");
        Assert.Equal(14_200_000_000m, output.GetProperty("value").GetDecimal());
        Assert.Equal("CNY", output.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, output.GetProperty("year").ValueKind);
        Assert.Equal("000_c8ebae3fd5858645.txt", output.GetProperty("source").GetString());
        Assert.Equal(5, town.GetProperty("platforms").GetArrayLength());
    }

    [Fact]
    public async Task GetTown_WhenSourcesGiveNoFigures_HasNone()
    {
        var id = await TownIdAsync("太谷玛钢专业镇");

        var town = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{id}");

        Assert.Equal(0, town.GetProperty("keyFigures").GetArrayLength());
    }

    [Fact]
    public async Task UpdateTown_WhenOwnTownSetsProfile_StoresItAndRefusesBadFigures()
    {
        var townId = await fixture.RegisterTownAsync("档案");
        var town = fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "town", ["town_id"] = townId }));
        var figure = new { metric = "enterprises", value = 120, unit = "enterprises", year = 2022, source = "县统计公报 2022" };

        using var good = await town.PatchAsJsonAsync($"/api/v1/towns/{townId}", new
        {
            keyFigures = new[] { figure },
            policies = new[] { "一镇一策：专项资金支持技改" },
            contacts = new[] { new { name = "招商局", role = "投资促进", phone = "0350-0000000" } },
        });
        using var bad = await town.PatchAsJsonAsync($"/api/v1/towns/{townId}", new { keyFigures = new[] { new { metric = "output", value = 1, unit = "bushels", year = 1700, source = "" } } });
        var stored = await town.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}");
        var seenByVisitor = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("keyFigures[0].unit", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("keyFigures[0].year", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("keyFigures[0].source", out _), errors.ToString());
        Assert.Equal(2022, stored.GetProperty("keyFigures")[0].GetProperty("year").GetInt32());
        Assert.Equal("招商局", stored.GetProperty("contacts")[0].GetProperty("name").GetString());
        Assert.Equal(0, seenByVisitor.GetProperty("contacts").GetArrayLength());
        Assert.Equal(2022, seenByVisitor.GetProperty("keyFigures")[0].GetProperty("year").GetInt32());
    }

    private async Task<string> TownIdAsync(string name)
    {
        var result = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={Uri.EscapeDataString(name)}&pageSize=5");
        return result.GetProperty("items").EnumerateArray().First(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }
}
