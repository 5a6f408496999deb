using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;
using StackExchange.Redis;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class GatewayBehaviourTests(SystemFixture fixture)
{
    [Fact]
    public async Task GetTown_WhenChangedBehindTheGatewaysBack_IsServedFromRedisThenRefreshedByTheEvent()
    {
        var id = await fixture.RegisterTownAsync("缓存");
        var before = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{id}");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var cachedKeys = server.Keys(pattern: $"cache:gateway:towns:*:town:{id}").ToList();

        // Straight to the service, so only the TownUpdated event can tell the gateway.
        await fixture.TownsClient.UpdateTownAsync(new UpdateTownRequest { Id = id, City = "晋中 Jinzhong" }, fixture.AdminMetadata);

        Assert.True(before.GetProperty("city").ValueKind == JsonValueKind.Null);
        Assert.NotEmpty(cachedKeys);
        await Eventually.TrueAsync(
            async () => (await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{id}")).GetProperty("city").GetString() == "晋中 Jinzhong",
            TimeSpan.FromSeconds(30),
            "the gateway to drop its cached copy");
    }

    [Fact]
    public async Task RateLimits_WhenExceededAcrossReplicas_Return429AndRecoverAfterTheWindow()
    {
        var overrides = new Dictionary<string, string>
        {
            ["RateLimiting__PerIp__PermitLimit"] = "8",
            ["RateLimiting__PerIp__Window"] = "00:00:04",
        };
        await using var first = await fixture.System.StartGatewayReplicaAsync(overrides);
        await using var second = await fixture.System.StartGatewayReplicaAsync(overrides);
        using var a = new HttpClient { BaseAddress = first.HealthBase };
        using var b = new HttpClient { BaseAddress = second.HealthBase };
        await WaitForFreshWindowAsync(a);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 12 && rejected is null; i++)
        {
            var response = await (i % 2 == 0 ? a : b).GetAsync("/api/v1/towns?pageSize=1");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(rejected);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 8, string.Join(",", statuses));
        Assert.Equal("application/problem+json", rejected!.Content.Headers.ContentType?.MediaType);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero || rejected.Headers.Contains("Retry-After"));
        rejected.Dispose();
        await Eventually.TrueAsync(
            async () =>
            {
                using var response = await a.GetAsync("/api/v1/towns?pageSize=1");
                return response.StatusCode == HttpStatusCode.OK;
            },
            TimeSpan.FromSeconds(15),
            "the limit to recover after the window");
    }

    [Fact]
    public async Task OpenApiDocument_WhenCheckedByAnExternalValidator_IsValid()
    {
        var document = await fixture.Gateway.GetStringAsync("/openapi/v1.json");
        var path = Path.Combine(Path.GetTempPath(), $"specialtytowns-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, document);
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tools", "openapi-validate", "validate.sh"));
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);

            Assert.True(process.ExitCode == 0, $"validator exited {process.ExitCode}: {output}{error}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Starts the burst at the beginning of a window, so that it is not split across two.</summary>
    private static async Task WaitForFreshWindowAsync(HttpClient client)
    {
        using var probe = await client.GetAsync("/api/v1/towns?pageSize=1");
        await Task.Delay(TimeSpan.FromSeconds(4.2));
    }
}
