using System.Net;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class ReadinessTests(SystemFixture fixture)
{
    private static readonly string[] Backends = ["towns", "enterprises", "leads", "expo"];

    // "masstransit" is the bus's own check of its receive endpoints, beside our broker check.
    public static TheoryData<string, string[]> ReadinessChecks => new()
    {
        { "towns", ["masstransit", "postgres", "rabbitmq", "search-index-towns"] },
        { "enterprises", ["masstransit", "postgres", "rabbitmq", "search-index-enterprises"] },
        { "leads", ["masstransit", "postgres", "rabbitmq"] },
        { "expo", ["masstransit", "postgres", "rabbitmq"] },
        { "gateway", ["masstransit", "postgres", "rabbitmq", "redis"] },
    };

    public static TheoryData<string> Hosts => new([.. Backends, "gateway"]);

    [Theory]
    [MemberData(nameof(ReadinessChecks))]
    public async Task Readiness_WhenAsked_ChecksExactlyTheDependenciesTheHostUses(string service, string[] expected)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        using var response = await http.GetAsync(new Uri(fixture.System[service].HealthBase, "/health/ready"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var checks = body.RootElement.GetProperty("checks").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), checks);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Health_WhenAnsweredByKestrel_NamesNoServer(string service)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        using var response = await http.GetAsync(new Uri(fixture.System[service].HealthBase, "/health/live"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Readiness_WhenRedisStopsAndReturns_OnlyTheGatewayTurnsUnhealthyThenHealthy()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        await Infrastructure.StopAsync("redis");
        try
        {
            await Eventually.TrueAsync(
                async () => await StatusAsync(http, "gateway") == HttpStatusCode.ServiceUnavailable,
                TimeSpan.FromSeconds(30),
                "the gateway to report not ready");

            // The backends use no Redis: an outage of it must not take them out of rotation.
            foreach (var service in Backends)
            {
                Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, service));
            }

            Assert.Equal(HttpStatusCode.OK, await LiveStatusAsync(http, "gateway"));
        }
        finally
        {
            await Infrastructure.StartAsync("redis");
        }

        await Eventually.TrueAsync(
            async () => await StatusAsync(http, "gateway") == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60),
            "the gateway to report ready again");
    }

    private async Task<HttpStatusCode> StatusAsync(HttpClient http, string service)
    {
        using var response = await http.GetAsync(new Uri(fixture.System[service].HealthBase, "/health/ready"));
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> LiveStatusAsync(HttpClient http, string service)
    {
        using var response = await http.GetAsync(new Uri(fixture.System[service].HealthBase, "/health/live"));
        return response.StatusCode;
    }
}
