using System.Net;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class ReadinessTests(SystemFixture fixture)
{
    private static readonly string[] Services = ["towns", "enterprises", "leads", "expo", "gateway"];

    [Fact]
    public async Task Readiness_WhenRedisStopsAndReturns_TurnsUnhealthyThenHealthy()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        await Infrastructure.StopAsync("redis");
        try
        {
            foreach (var service in Services)
            {
                await Eventually.TrueAsync(
                    async () => await StatusAsync(http, service) == HttpStatusCode.ServiceUnavailable,
                    TimeSpan.FromSeconds(30),
                    $"{service} to report not ready");
            }

            Assert.Equal(HttpStatusCode.OK, await LiveStatusAsync(http, "towns"));
        }
        finally
        {
            await Infrastructure.StartAsync("redis");
        }

        foreach (var service in Services)
        {
            await Eventually.TrueAsync(
                async () => await StatusAsync(http, service) == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60),
                $"{service} to report ready again");
        }
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
