using SpecialtyTowns.Gateway.RateLimiting;

namespace SpecialtyTowns.Gateway.IntegrationTests.RateLimiting;

[Collection(RedisCollection.Name)]
public sealed class RedisWindowCounterTests(RedisFixture fixture)
{
    private readonly RedisWindowCounter _counter = new(fixture.Redis, RedisFixture.UniqueScope());

    [Fact]
    public async Task IncrementAsync_WhenFirstInWindow_CountsOneAndExpiresWithTheWindow()
    {
        var window = TimeSpan.FromMinutes(1);

        var count = await _counter.IncrementAsync("ip", "10.0.0.1", 1, window);

        Assert.Equal(1, count.Count);
        Assert.InRange(count.ResetsIn, TimeSpan.FromSeconds(50), window);
        var ttl = await fixture.Redis.GetDatabase().KeyTimeToLiveAsync(_counter.Key("ip", "10.0.0.1", window));
        Assert.NotNull(ttl);
    }

    [Fact]
    public async Task IncrementAsync_WhenCalledAgainInWindow_CountsUpWithoutExtendingTheWindow()
    {
        var window = TimeSpan.FromMinutes(1);
        var first = await _counter.IncrementAsync("user", "alice", 1, window);

        await _counter.IncrementAsync("user", "alice", 1, window);
        var third = await _counter.IncrementAsync("user", "alice", 2, window);

        Assert.Equal(4, third.Count);
        Assert.True(third.ResetsIn <= first.ResetsIn);
    }

    [Fact]
    public async Task IncrementAsync_WhenWindowHasEnded_StartsAgainAtOne()
    {
        var window = TimeSpan.FromMilliseconds(300);
        await _counter.IncrementAsync("user", "bob", 1, window);
        var second = await _counter.IncrementAsync("user", "bob", 1, window);

        await Task.Delay(second.ResetsIn + TimeSpan.FromMilliseconds(100));
        var after = await _counter.IncrementAsync("user", "bob", 1, window);

        Assert.Equal(2, second.Count);
        Assert.Equal(1, after.Count);
    }

    [Fact]
    public async Task IncrementAsync_WhenKeyLostItsExpiry_SetsItAgain()
    {
        var key = _counter.Key("ip", "10.0.0.2", TimeSpan.FromMinutes(1));
        await fixture.Redis.GetDatabase().StringSetAsync(key, 5);

        var count = await _counter.IncrementAsync("ip", "10.0.0.2", 1, TimeSpan.FromMinutes(1));

        Assert.Equal(6, count.Count);
        Assert.NotNull(await fixture.Redis.GetDatabase().KeyTimeToLiveAsync(key));
    }

    [Fact]
    public void Key_WhenBuilt_StartsWithThePrefixAndNamesPolicyWindowAndPartition()
    {
        var counter = new RedisWindowCounter(fixture.Redis, "gateway");

        var key = counter.Key("user", "42", TimeSpan.FromMinutes(1));

        Assert.Equal("ratelimit:gateway:user:60000:42", key);
    }
}
