using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SpecialtyTowns.ServiceDefaults.Health;
using SpecialtyTowns.ServiceDefaults.Security;

namespace SpecialtyTowns.BuildingBlocks.UnitTests.Health;

public sealed class HealthResponseWriterTests
{
    private static readonly HealthReport Unhealthy = new(
        new Dictionary<string, HealthReportEntry>
        {
            ["postgres"] = new(HealthStatus.Healthy, null, TimeSpan.Zero, null, null),
            ["rabbitmq"] = new(HealthStatus.Unhealthy, "connection refused", TimeSpan.Zero, null, null),
        },
        TimeSpan.Zero);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task WriteAsync_WhenTheCallerIsOnLoopback_ListsTheChecks(string address)
    {
        var context = Context(address, role: null);

        var body = await WriteAsync(context);

        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("connection refused", body.GetProperty("checks").GetProperty("rabbitmq").GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("203.0.113.7", null)]
    [InlineData("10.0.0.12", "investor")]
    [InlineData("::ffff:10.0.0.12", "town")]
    [InlineData(null, null)]
    public async Task WriteAsync_WhenARemoteCallerIsNotAdmin_AnswersTheStatusOnly(string? address, string? role)
    {
        var context = Context(address, role);

        var body = await WriteAsync(context);

        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.False(body.TryGetProperty("checks", out _));
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Fact]
    public async Task WriteAsync_WhenARemoteCallerIsAdmin_ListsTheChecks()
    {
        var context = Context("203.0.113.7", "admin");

        var body = await WriteAsync(context);

        Assert.True(body.GetProperty("checks").TryGetProperty("postgres", out _));
    }

    private static DefaultHttpContext Context(string? address, string? role)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);
        context.Response.Body = new MemoryStream();
        if (role is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimNames.Subject, "someone"), new Claim(ClaimNames.Role, role)], "Bearer", ClaimNames.Subject, ClaimNames.Role));
        }

        return context;
    }

    private static async Task<JsonElement> WriteAsync(DefaultHttpContext context)
    {
        await HealthResponseWriter.WriteAsync(context, Unhealthy);
        context.Response.Body.Position = 0;
        return await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body);
    }
}
