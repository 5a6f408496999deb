using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Gateway.RateLimiting;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.IntegrationTests.RateLimiting;

/// <summary>The limiter inside ASP.NET Core's middleware, as the gateway wires it.</summary>
[Collection(RedisCollection.Name)]
public sealed class RateLimitingMiddlewareTests(RedisFixture fixture) : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RateLimiting:PerUser:PermitLimit"] = "2",
            ["RateLimiting:PerUser:Window"] = "00:01:00",
            ["RateLimiting:PerIp:PermitLimit"] = "3",
            ["RateLimiting:PerIp:Window"] = "00:01:00",
        });
        builder.Services.AddSingleton(fixture.Redis);
        builder.AddGatewayRateLimiting();
        var scope = RedisFixture.UniqueScope();
        builder.Services.AddSingleton(services => new RedisWindowCounter(services.GetRequiredService<IConnectionMultiplexer>(), scope));

        _app = builder.Build();
        _app.Use((context, next) =>
        {
            // Stands in for UseAuthentication: the test names the caller in headers.
            context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers["X-Test-Ip"].ToString());
            var subject = context.Request.Headers["X-Test-Sub"].ToString();
            if (subject.Length > 0)
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject)], "test"));
            }

            return next(context);
        });
        _app.UseGatewayRateLimiting();
        _app.MapGet("/api/v1/towns", () => "ok");
        _app.MapGet("/health/ready", () => "healthy");
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Request_WhenUserLimitExceeded_Returns429ProblemWithRetryAfter()
    {
        await SendAsync("/api/v1/towns", "10.4.0.1", "alice");
        await SendAsync("/api/v1/towns", "10.4.0.1", "alice");

        using var response = await SendAsync("/api/v1/towns", "10.4.0.1", "alice");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("Too many requests", problem?.Title);
        Assert.Equal(429, problem?.Status);
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task Request_WhenUnderBothLimits_ReachesTheEndpoint()
    {
        using var response = await SendAsync("/api/v1/towns", "10.4.1.1", "bob");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_WhenAddressLimitExceeded_Returns429ForAnonymousCallers()
    {
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await SendAsync("/api/v1/towns", "10.4.2.1", null);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var response = await SendAsync("/api/v1/towns", "10.4.2.1", null);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Request_WhenHealthEndpoint_IsNeverLimited()
    {
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 6; i++)
        {
            using var response = await SendAsync("/health/ready", "10.4.3.1", "carol");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private Task<HttpResponseMessage> SendAsync(string path, string address, string? subject)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Test-Ip", address);
        if (subject is not null)
        {
            request.Headers.Add("X-Test-Sub", subject);
        }

        return _client.SendAsync(request);
    }
}
