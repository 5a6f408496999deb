using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class IdempotencyTests(SystemFixture fixture)
{
    [Fact]
    public async Task PostTown_WhenEightIdenticalRequestsRaceWithOneKey_CreatesOneTownAndPublishesOnce()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { name = $"并发镇-{Guid.NewGuid():N}"[..20], category = "advanced-manufacturing", mainIndustry = "法兰 flanges" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync(HttpMethod.Post, "/api/v1/towns", body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        var id = Assert.Single(responses.Select(r => r.Id).Distinct());
        Assert.Equal(1, await TownEventsAsync(id!, "registeredAt"));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM towns WHERE name = $1", body.name));
    }

    [Fact]
    public async Task PostEnterprise_WhenEightIdenticalRequestsRaceWithOneKey_RegistersOneAndPublishesOnce()
    {
        var townId = await fixture.RegisterTownAsync("并发企业镇");
        await Authorization.World.KnownToEnterprisesAsync(fixture, townId);
        var key = Guid.NewGuid().ToString();
        var body = new { townId, name = "并发法兰有限公司", products = new[] { "法兰" } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync(HttpMethod.Post, "/api/v1/enterprises", body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        var id = Assert.Single(responses.Select(r => r.Id).Distinct());
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("enterprises"), "SELECT count(*) FROM outbox_messages WHERE payload->>'enterpriseId' = $1", id!));
    }

    [Fact]
    public async Task PatchTown_WhenRetriedWithOneKey_ChangesAndPublishesOnce()
    {
        var id = await fixture.RegisterTownAsync("重试更新");
        var key = Guid.NewGuid().ToString();
        var body = new { mainIndustry = "法兰 锻件" };

        var first = await SendAsync(HttpMethod.Patch, $"/api/v1/towns/{id}", body, key);
        var second = await SendAsync(HttpMethod.Patch, $"/api/v1/towns/{id}", body, key);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(1, await TownEventsAsync(id, "updatedAt"));
    }

    [Fact]
    public async Task PostTown_WhenTheKeyIsReusedForOtherContent_Answers409()
    {
        var key = Guid.NewGuid().ToString();
        var name = $"复用镇-{Guid.NewGuid():N}"[..20];

        var first = await SendAsync(HttpMethod.Post, "/api/v1/towns", new { name, category = "advanced-manufacturing", mainIndustry = "法兰" }, key);
        var reused = await SendAsync(HttpMethod.Post, "/api/v1/towns", new { name = name + "二", category = "advanced-manufacturing", mainIndustry = "法兰" }, key);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, reused.Status);
    }

    private Task<long> TownEventsAsync(string townId, string timeField) =>
        TestDatabase.CountAsync(fixture.System.Database("towns"), $"SELECT count(*) FROM outbox_messages WHERE payload->>'townId' = $1 AND payload ? '{timeField}'", townId);

    private async Task<(HttpStatusCode Status, string? Id)> SendAsync(HttpMethod method, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await fixture.Admin.SendAsync(request);
        var id = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() : null;
        return (response.StatusCode, id);
    }
}
