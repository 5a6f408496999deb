using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SpecialtyTowns.Gateway.RateLimiting;

namespace SpecialtyTowns.Gateway.IntegrationTests.RateLimiting;

[Collection(RedisCollection.Name)]
public sealed class GatewayRateLimiterTests(RedisFixture fixture)
{
    private readonly string _scope = RedisFixture.UniqueScope();

    [Fact]
    public async Task AcquireAsync_WhenUserLimitReached_StillAdmitsAnotherUserFromTheSameAddress()
    {
        using var limiter = Create(userLimit: 2, ipLimit: 10);
        await limiter.AcquireAsync(Request("10.3.0.1", "alice"));
        await limiter.AcquireAsync(Request("10.3.0.1", "alice"));

        var aliceAgain = await limiter.AcquireAsync(Request("10.3.0.1", "alice"));
        var bob = await limiter.AcquireAsync(Request("10.3.0.1", "bob"));

        Assert.False(aliceAgain.IsAcquired);
        Assert.True(bob.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenUserLimitReached_RejectsThatUserFromAnyAddress()
    {
        using var limiter = Create(userLimit: 1, ipLimit: 10);
        await limiter.AcquireAsync(Request("10.3.1.1", "carol"));

        var elsewhere = await limiter.AcquireAsync(Request("10.3.1.2", "carol"));

        Assert.False(elsewhere.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenAddressLimitReached_RejectsEveryoneFromThatAddress()
    {
        using var limiter = Create(userLimit: 10, ipLimit: 2);
        await limiter.AcquireAsync(Request("10.3.2.1", null));
        await limiter.AcquireAsync(Request("10.3.2.1", "dave"));

        var erin = await limiter.AcquireAsync(Request("10.3.2.1", "erin"));
        var otherAddress = await limiter.AcquireAsync(Request("10.3.2.2", "erin"));

        Assert.False(erin.IsAcquired);
        Assert.True(otherAddress.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenAnonymous_CountsOnlyTheAddress()
    {
        using var limiter = Create(userLimit: 1, ipLimit: 3);

        var leases = new[]
        {
            await limiter.AcquireAsync(Request("10.3.3.1", null)),
            await limiter.AcquireAsync(Request("10.3.3.1", null)),
            await limiter.AcquireAsync(Request("10.3.3.1", null)),
            await limiter.AcquireAsync(Request("10.3.3.1", null)),
        };

        Assert.Equal([true, true, true, false], leases.Select(lease => lease.IsAcquired));
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar")]
    [InlineData("/scalar/v1")]
    public async Task AcquireAsync_WhenPathIsExempt_NeverLimits(string path)
    {
        using var limiter = Create(userLimit: 1, ipLimit: 1);

        var leases = new[]
        {
            await limiter.AcquireAsync(Request("10.3.4.1", "frank", path)),
            await limiter.AcquireAsync(Request("10.3.4.1", "frank", path)),
        };

        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        Assert.True(limiter.AttemptAcquire(Request("10.3.4.1", "frank", path)).IsAcquired);
    }

    [Fact]
    public void AddressPartition_WhenIpv4MappedToIpv6_UsesTheIpv4Form()
    {
        var context = Request("10.3.5.1", null);
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.3.5.1").MapToIPv6();

        var partition = GatewayRateLimiter.AddressPartition(context);

        Assert.Equal("10.3.5.1", partition);
    }

    [Fact]
    public void UserPartition_WhenNotAuthenticated_IsEmptyEvenWithASubClaim()
    {
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "ghost")])) };

        var partition = GatewayRateLimiter.UserPartition(context);

        Assert.Equal(string.Empty, partition);
    }

    private static DefaultHttpContext Request(string address, string? subject, string path = "/api/v1/towns")
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (subject is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject)], "test"));
        }

        return context;
    }

    private GatewayRateLimiter Create(int userLimit, int ipLimit) => new(
        Limiters.Create(fixture.Redis, _scope, "user", userLimit, TimeSpan.FromMinutes(1)),
        Limiters.Create(fixture.Redis, _scope, "ip", ipLimit, TimeSpan.FromMinutes(1)));
}
