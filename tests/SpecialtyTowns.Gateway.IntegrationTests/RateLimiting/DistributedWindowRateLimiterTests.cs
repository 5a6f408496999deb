using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.Gateway.RateLimiting;
using SpecialtyTowns.TestKit;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.IntegrationTests.RateLimiting;

[Collection(RedisCollection.Name)]
public sealed class DistributedWindowRateLimiterTests(RedisFixture fixture)
{
    private readonly string _scope = RedisFixture.UniqueScope();

    [Fact]
    public async Task AcquireAsync_WhenLimitReached_RejectsWithRetryAfterUntilWindowEnds()
    {
        using var limiter = Limiters.Create(fixture.Redis, _scope, "user", 3, TimeSpan.FromMinutes(1));

        var leases = new List<RateLimitLease>();
        for (var i = 0; i < 4; i++)
        {
            leases.Add(await limiter.AcquireAsync("alice"));
        }

        Assert.All(leases.Take(3), lease => Assert.True(lease.IsAcquired));
        Assert.False(leases[3].IsAcquired);
        Assert.True(leases[3].TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task AcquireAsync_WhenWindowHasPassed_AcquiresAgain()
    {
        using var limiter = Limiters.Create(fixture.Redis, _scope, "user", 1, TimeSpan.FromMilliseconds(500));
        await limiter.AcquireAsync("bob");
        var rejected = await limiter.AcquireAsync("bob");
        Assert.True(rejected.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));

        await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(100));
        var lease = await limiter.AcquireAsync("bob");

        Assert.False(rejected.IsAcquired);
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenTwoReplicasShareRedis_ShareOneCount()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        using var replicaA = Limiters.Create(fixture.Redis, _scope, "ip", 4, TimeSpan.FromMinutes(1));
        using var replicaB = Limiters.Create(otherConnection, _scope, "ip", 4, TimeSpan.FromMinutes(1));

        var acquired = 0;
        for (var i = 0; i < 3; i++)
        {
            acquired += (await replicaA.AcquireAsync("10.1.1.1")).IsAcquired ? 1 : 0;
            acquired += (await replicaB.AcquireAsync("10.1.1.1")).IsAcquired ? 1 : 0;
        }

        Assert.Equal(4, acquired);
        Assert.False((await replicaA.AcquireAsync("10.1.1.1")).IsAcquired);
        Assert.False((await replicaB.AcquireAsync("10.1.1.1")).IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenPartitionsDiffer_CountsEachOnItsOwn()
    {
        using var limiter = Limiters.Create(fixture.Redis, _scope, "user", 1, TimeSpan.FromMinutes(1));
        await limiter.AcquireAsync("carol");

        var carolAgain = await limiter.AcquireAsync("carol");
        var dave = await limiter.AcquireAsync("dave");

        Assert.False(carolAgain.IsAcquired);
        Assert.True(dave.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenPoliciesDiffer_CountTheSamePartitionSeparately()
    {
        using var perUser = Limiters.Create(fixture.Redis, _scope, "user", 1, TimeSpan.FromMinutes(1));
        using var perIp = Limiters.Create(fixture.Redis, _scope, "ip", 1, TimeSpan.FromMinutes(1));
        await perUser.AcquireAsync("same-key");

        var lease = await perIp.AcquireAsync("same-key");

        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WhenPartitionIsEmpty_IsNotLimited()
    {
        using var limiter = Limiters.Create(fixture.Redis, _scope, "user", 1, TimeSpan.FromMinutes(1));

        var leases = new[] { await limiter.AcquireAsync(string.Empty), await limiter.AcquireAsync(string.Empty) };

        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        Assert.False(await fixture.Redis.GetDatabase().KeyExistsAsync(new RedisWindowCounter(fixture.Redis, _scope).Key("user", string.Empty, TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public void AttemptAcquire_WhenPartitionIsLimited_DefersToTheAsynchronousPath()
    {
        using var limiter = Limiters.Create(fixture.Redis, _scope, "user", 1, TimeSpan.FromMinutes(1));

        var lease = limiter.AttemptAcquire("erin");

        Assert.False(lease.IsAcquired);
        Assert.False(lease.TryGetMetadata(MetadataName.RetryAfter, out _));
    }

    [Fact]
    public async Task AcquireAsync_WhenRedisIsUnreachable_LimitsInProcessAndWarns()
    {
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0");
        var logger = new ListLogger<DistributedWindowRateLimiter>();
        using var limiter = Limiters.Create(unreachable, _scope, "ip", 2, TimeSpan.FromMinutes(1), logger);

        var leases = new List<RateLimitLease>();
        for (var i = 0; i < 3; i++)
        {
            leases.Add(await limiter.AcquireAsync("10.2.2.2"));
        }

        Assert.True(leases[0].IsAcquired);
        Assert.True(leases[1].IsAcquired);
        Assert.False(leases[2].IsAcquired);
        Assert.True(leases[2].TryGetMetadata(MetadataName.RetryAfter, out _));
        Assert.True(limiter.IsUsingFallback);
        Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task AcquireAsync_WhenRedisIsSlowerThanTheTimeout_LimitsInProcess()
    {
        using var limiter = new DistributedWindowRateLimiter(
            "user",
            new WindowLimitOptions { PermitLimit = 1, Window = TimeSpan.FromMinutes(1) },
            new RedisWindowCounter(fixture.Redis, _scope),
            TimeSpan.Zero,
            TimeProvider.System,
            NullLogger<DistributedWindowRateLimiter>.Instance);

        var first = await limiter.AcquireAsync("frank");
        var second = await limiter.AcquireAsync("frank");

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
        Assert.True(limiter.IsUsingFallback);
    }
}
