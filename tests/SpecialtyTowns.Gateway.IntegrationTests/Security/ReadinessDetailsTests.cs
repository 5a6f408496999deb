using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Gateway.IntegrationTests.Security;

[Collection(GatewayCollection.Name)]
public sealed class ReadinessDetailsTests(GatewayHost gateway)
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task Ready_WhenARemoteCallerHasNoToken_AnswersTheStatusWithoutTheChecks()
    {
        var (status, body) = await ReadyAsync(Remote, token: null);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.False(body.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Ready_WhenARemoteCallerHasANonAdminToken_AnswersWithoutTheChecks()
    {
        var token = TestTokens.Mint(gateway.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "investor" });

        var (status, body) = await ReadyAsync(Remote, token);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.False(body.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Ready_WhenARemoteCallerHasAnAdminToken_ListsTheChecks()
    {
        var (status, body) = await ReadyAsync(Remote, TestTokens.Admin(gateway.Keys.Rsa));

        Assert.Equal(StatusCodes.Status200OK, status);
        AssertChecks(body);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Ready_WhenTheCallerIsOnLoopback_ListsTheChecks(string address)
    {
        var (status, body) = await ReadyAsync(IPAddress.Parse(address), token: null);

        Assert.Equal(StatusCodes.Status200OK, status);
        AssertChecks(body);
    }

    private static void AssertChecks(JsonElement body)
    {
        var checks = body.GetProperty("checks");
        Assert.True(checks.TryGetProperty("postgres", out _), checks.ToString());
        Assert.True(checks.TryGetProperty("redis", out _), checks.ToString());
    }

    private async Task<(int Status, JsonElement Body)> ReadyAsync(IPAddress remote, string? token)
    {
        var context = await gateway.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/health/ready";
            c.Connection.RemoteIpAddress = remote;
            if (token is not null)
            {
                c.Request.Headers.Authorization = "Bearer " + token;
            }
        });
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body);
        return (context.Response.StatusCode, body);
    }
}
