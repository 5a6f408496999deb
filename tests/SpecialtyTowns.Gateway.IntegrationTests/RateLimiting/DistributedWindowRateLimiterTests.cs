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
    public async Task AcquireAsync_WhenPartitionIsBusy_CountsEveryRequestInFewRoundTrips()
    {
        var window = TimeSpan.FromMinutes(1);
        var counter = new RedisWindowCounter(fixture.Redis, _scope);
        using var limiter = Limiters.Create(counter, "ip", 1_000_000, window);

        var acquired = 0;
        for (var i = 0; i < 1000; i++)
        {
            acquired += (await limiter.AcquireAsync("10.3.3.3")).IsAcquired ? 1 : 0;
        }

        var counted = (long)await fixture.Redis.GetDatabase().StringGetAsync(counter.Key("ip", "10.3.3.3", window));
        Assert.Equal(1000, acquired);
        Assert.InRange(counted, 1000, 1000 + Reservations.MaxChunk);
        Assert.InRange(counter.Increments, 1, 30);
    }

    [Fact]
    public async Task AcquireAsync_WhenTwoBusyReplicasShareALimit_NeverLetMoreThroughTogether()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        using var replicaA = Limiters.Create(fixture.Redis, _scope, "ip", 100, TimeSpan.FromMinutes(1));
        using var replicaB = Limiters.Create(otherConnection, _scope, "ip", 100, TimeSpan.FromMinutes(1));

        var acquired = 0;
        for (var i = 0; i < 150; i++)
        {
            acquired += (await replicaA.AcquireAsync("10.4.4.4")).IsAcquired ? 1 : 0;
            acquired += (await replicaB.AcquireAsync("10.4.4.4")).IsAcquired ? 1 : 0;
        }

        // Each replica may end the window holding up to an eighth of what was left when it last claimed.
        Assert.InRange(acquired, 100 - (2 * 100 / Reservations.ShareOfWhatIsLeft), 100);
    }

    [Fact]
    public async Task AcquireAsync_WhenTwoReplicasAreHitConcurrently_NeverLetMoreThroughTogether()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        var counterA = new RedisWindowCounter(fixture.Redis, _scope);
        using var replicaA = Limiters.Create(counterA, "ip", 100, TimeSpan.FromMinutes(1));
        using var replicaB = Limiters.Create(otherConnection, _scope, "ip", 100, TimeSpan.FromMinutes(1));

        var leases = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
            (await (i % 2 == 0 ? replicaA : replicaB).AcquireAsync("10.6.6.6")).IsAcquired)));

        // One claim at a time per replica, each at most an eighth of what is left: neither sits on much at the end.
        var acquired = leases.Count(ok => ok);
        Assert.InRange(acquired, 100 - (2 * 100 / Reservations.ShareOfWhatIsLeft), 100);
        Assert.InRange(counterA.Increments, 1, 200);
    }

    [Fact]
    public async Task AcquireAsync_WhenTheWindowEnds_DoesNotSpendPermitsLeftFromIt()
    {
        var window = TimeSpan.FromMilliseconds(600);
        using var limiter = Limiters.Create(fixture.Redis, _scope, "ip", 1_000_000, window);
        var key = new RedisWindowCounter(fixture.Redis, _scope).Key("ip", "10.5.5.5", window);
        for (var i = 0; i < 40; i++)
        {
            await limiter.AcquireAsync("10.5.5.5");
        }

        await Eventually.TrueAsync(async () => !await fixture.Redis.GetDatabase().KeyExistsAsync(key), TimeSpan.FromSeconds(5), "the window to end");
        var lease = await limiter.AcquireAsync("10.5.5.5");

        Assert.True(lease.IsAcquired);
        Assert.True(await fixture.Redis.GetDatabase().KeyExistsAsync(key));
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
        var pause = TimeSpan.FromMilliseconds(400);
        using var limiter = new DistributedWindowRateLimiter(
            "user",
            new WindowLimitOptions { PermitLimit = 1, Window = TimeSpan.FromMinutes(1) },
            new RedisWindowCounter(fixture.Redis, _scope),
            TimeSpan.FromMilliseconds(50),
            TimeProvider.System,
            NullLogger<DistributedWindowRateLimiter>.Instance);

        // Really slower: a zero timeout still lets an answer through that arrived before the
        // wait began, and then the first request is counted in Redis, the second in process.
        // (Closed only at the end: closing it is a command too, which the pause would hold.)
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(SpecialtyTowns.TestKit.Infrastructure.Redis + ",allowAdmin=true");
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", ((int)pause.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "ALL");

        var first = await limiter.AcquireAsync("frank");
        var second = await limiter.AcquireAsync("frank");
        await Task.Delay(pause);

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
        Assert.True(limiter.IsUsingFallback);
    }
}
