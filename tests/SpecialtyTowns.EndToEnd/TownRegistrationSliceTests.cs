using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class TownRegistrationSliceTests(SystemFixture fixture)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RegisterTown_WhenValid_IsStoredAndReachesLeadsAndExpoReadModels()
    {
        var name = $"示例专业镇-{Guid.NewGuid():N}"[..24];

        using var created = await fixture.Admin.PostAsJsonAsync("/api/v1/towns", new
        {
            name,
            nameEn = "Dingxiang Flange Town",
            county = "定襄县 Dingxiang",
            level = "provincial",
            category = "advanced-manufacturing",
            mainIndustry = "法兰 flanges",
            facts = new[] { "One in every three exported flanges comes from Dingxiang" },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var town = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = town.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/towns/{id}", created.Headers.Location?.ToString());
        var fetched = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{id}");
        Assert.Equal(name, fetched.GetProperty("name").GetString());
        Assert.Equal("provincial", fetched.GetProperty("level").GetString());
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{id}"), EventTimeout, "the Leads directory");
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/expo/exhibitor-towns/{id}"), EventTimeout, "the Expo exhibitors");
        var directory = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/leads/town-directory/{id}");
        var exhibitor = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/expo/exhibitor-towns/{id}");
        Assert.Equal(name, directory.GetProperty("name").GetString());
        Assert.Equal("法兰 flanges", directory.GetProperty("mainIndustry").GetString());
        Assert.Equal("Dingxiang Flange Town", exhibitor.GetProperty("nameEn").GetString());
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("towns"),
            "SELECT count(*) FROM outbox_messages WHERE payload->>'townId' = $1 AND sent_at IS NOT NULL", id));
    }

    [Fact]
    public async Task RegisterTown_WhenRetriedWithSameIdempotencyKey_ReturnsSameTownAndPublishesOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { name = $"重试镇-{Guid.NewGuid():N}"[..20], category = "specialty-light-industry", mainIndustry = "器皿 ware" };

        var first = await PostWithKeyAsync(body, key);
        var second = await PostWithKeyAsync(body, key);

        Assert.Equal(first, second);
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("towns"),
            "SELECT count(*) FROM outbox_messages WHERE payload->>'townId' = $1", first));
    }

    [Fact]
    public async Task SearchTowns_WhenSeveralPages_ReturnsEachMatchOnceWithFacets()
    {
        var word = "翻页" + Guid.NewGuid().ToString("N")[..6];
        var ids = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await fixture.RegisterTownAsync(word + "镇"));
        }

        await Eventually.TrueAsync(
            async () => (await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={word}")).GetProperty("total").GetInt32() == 3,
            TimeSpan.FromSeconds(30),
            "the new towns in the search index");
        var first = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={word}&pageSize=2&page=1");
        var second = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={word}&pageSize=2&page=2");

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(t => t.GetProperty("id").GetString()!).ToList();
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(ids.Order(), seen.Order());
        Assert.All(first.GetProperty("items").EnumerateArray(), t => Assert.StartsWith(word, t.GetProperty("name").GetString(), StringComparison.Ordinal));
        var categories = first.GetProperty("facets").GetProperty("category").EnumerateArray().ToList();
        Assert.Equal(3, categories.Single(c => c.GetProperty("value").GetString() == "advanced-manufacturing").GetProperty("count").GetInt32());
    }

    private async Task<string> PostWithKeyAsync(object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/towns") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await fixture.Admin.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
