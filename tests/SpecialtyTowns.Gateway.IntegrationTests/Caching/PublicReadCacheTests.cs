using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.TestKit;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.IntegrationTests.Caching;

[Collection(RedisCollection.Name)]
public sealed class PublicReadCacheTests(RedisFixture fixture)
{
    private readonly string _scope = RedisFixture.UniqueScope();

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenReadTwice_AsksTheServiceOnce()
    {
        using var cache = Create(fixture.Redis);
        var calls = 0;

        var first = await cache.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult($"answer {++calls}"));
        var second = await cache.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult($"answer {++calls}"));

        Assert.Equal(1, calls);
        Assert.Equal("\"answer 1\"", Encoding.UTF8.GetString(first.Span));
        Assert.Equal(Encoding.UTF8.GetString(first.Span), Encoding.UTF8.GetString(second.Span));
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenAnotherReplicaCachedIt_ReadsItFromRedis()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        using var replicaA = Create(fixture.Redis);
        using var replicaB = Create(otherConnection);
        await replicaA.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult("from A"));

        var fromB = await replicaB.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult("from B"));

        Assert.Equal("from A", fromB);
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenAnotherReplicaInvalidates_DropsTheCopyInMemory()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        // A memory lifetime far beyond the wait below: only the message can drop A's copy in time.
        using var replicaA = Create(fixture.Redis, new PublicReadCacheOptions { LocalTtl = TimeSpan.FromMinutes(10) });
        using var replicaB = Create(otherConnection);
        await Eventually.TrueAsync(() => Task.FromResult(replicaA.ListensForInvalidations), TimeSpan.FromSeconds(10), "A to subscribe");
        await replicaA.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult("old"), TimeSpan.FromMinutes(10));

        await replicaB.InvalidateAsync(_scope);

        // Redis holds nothing under the new version, so "old" could only come from A's memory.
        await Eventually.TrueAsync(
            async () => await replicaA.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult("new"), TimeSpan.FromMinutes(10)) == "new",
            TimeSpan.FromSeconds(10),
            "replica A to hear of the invalidation");
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenInvalidatedWhileTheServiceAnswers_DoesNotKeepTheOldAnswer()
    {
        using var cache = Create(fixture.Redis);
        var calls = 0;

        // The change lands between the service's answer and the cache's write.
        await cache.GetOrCreateJsonAsync(_scope, "k", StringJson, async () =>
        {
            calls++;
            await cache.InvalidateAsync(_scope);
            return "stale";
        });
        var next = await cache.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult($"fresh {++calls}"));

        Assert.Equal("fresh 2", next);
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenRedisIsUnreachable_AnswersAndKeepsACopyInMemory()
    {
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0");
        using var cache = Create(unreachable);
        var calls = 0;

        var first = await cache.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult($"answer {++calls}"));
        var second = await cache.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult($"answer {++calls}"));
        await cache.InvalidateAsync(_scope);
        var afterChange = await cache.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult($"answer {++calls}"));

        Assert.Equal("answer 1", first);
        Assert.Equal("answer 1", second);
        Assert.Equal("answer 2", afterChange);
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenTheMemoryLifetimeIsOver_AsksAgain()
    {
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0");
        using var cache = Create(unreachable, new PublicReadCacheOptions { LocalTtl = TimeSpan.FromMilliseconds(200) });
        var calls = 0;
        await cache.GetOrCreateAsync(_scope, "k", Json<int>(), () => Task.FromResult(++calls));

        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var again = await cache.GetOrCreateAsync(_scope, "k", Json<int>(), () => Task.FromResult(++calls));

        Assert.Equal(2, again);
    }

    [Fact]
    public async Task GetOrCreateAsync_WhenTheValueIsAStructFromTheCache_ReturnsIt()
    {
        using var cache = Create(fixture.Redis);
        await cache.GetOrCreateAsync(_scope, "k", Json<int>(), () => Task.FromResult(42));

        var cached = await cache.GetOrCreateAsync(_scope, "k", Json<int>(), () => Task.FromResult(7));

        Assert.Equal(42, cached);
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenRedisHoldsItBriefly_KeepsItInMemoryNoLonger()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
        using var writer = Create(otherConnection);
        using var reader = Create(fixture.Redis);
        await writer.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult("short-lived"), TimeSpan.FromMilliseconds(800));
        await reader.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult("reader's own"), TimeSpan.FromMinutes(10));

        await Task.Delay(TimeSpan.FromMilliseconds(1200));
        var later = await reader.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult("fresh"), TimeSpan.FromMinutes(10));

        Assert.Equal("fresh", later);
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenNothingMayStayInMemory_ServesFromRedis()
    {
        // A zero lifetime is what an entry read from Redis in its last millisecond gets.
        using var writer = Create(fixture.Redis);
        using var reader = Create(fixture.Redis, new PublicReadCacheOptions { LocalTtl = TimeSpan.Zero });
        await writer.GetOrCreateJsonAsync(_scope, "k", StringJson, () => Task.FromResult("shared"));

        var read = await reader.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult("own"));
        var again = await reader.GetOrCreateAsync(_scope, "k", StringJson, () => Task.FromResult("own"));

        Assert.Equal("shared", read);
        Assert.Equal("shared", again);
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenRequestsMissTogether_AsksTheServiceOnce()
    {
        using var cache = Create(fixture.Redis);
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        var reads = Enumerable.Range(0, 8)
            .Select(_ => cache.GetOrCreateAsync(_scope, "k", StringJson, () =>
            {
                Interlocked.Increment(ref calls);
                return release.Task;
            }))
            .ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        release.SetResult("answer");
        var answers = await Task.WhenAll(reads);

        Assert.Equal(1, calls);
        Assert.All(answers, answer => Assert.Equal("answer", answer));
    }

    [Fact]
    public async Task InvalidateAsync_WhenRedisWasAway_IsDoneWhenItComesBack()
    {
        var port = FreePort.Next();
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectTimeout=200,connectRetry=0");
        using var cache = Create(redis);

        await cache.InvalidateAsync(_scope);
        using var server = Process.Start(new ProcessStartInfo("redis-server", ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
        })!;
        try
        {
            await Eventually.TrueAsync(
                async () => redis.IsConnected && (long?)await redis.GetDatabase().StringGetAsync(PublicReadCache.VersionKey(_scope)) == 1,
                TimeSpan.FromSeconds(30),
                "the postponed invalidation to bump the version in Redis");
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task GetOrCreateJsonAsync_WhenDisabled_AlwaysAsksTheServiceAndStoresNothing()
    {
        using var cache = Create(fixture.Redis, new PublicReadCacheOptions { Enabled = false });
        var calls = 0;

        await cache.GetOrCreateJsonAsync(_scope, "k", Json<int>(), () => Task.FromResult(++calls));
        var second = await cache.GetOrCreateAsync(_scope, "k", Json<int>(), () => Task.FromResult(++calls));

        Assert.Equal(2, second);
        var server = fixture.Redis.GetServer(fixture.Redis.GetEndPoints()[0]);
        Assert.Empty(server.Keys(pattern: $"{PublicReadCache.KeyPrefix}{_scope}:*"));
    }

    private static JsonTypeInfo<string> StringJson => Json<string>();

    private static JsonTypeInfo<T> Json<T>() => (JsonTypeInfo<T>)JsonSerializerOptions.Default.GetTypeInfo(typeof(T));

    private static PublicReadCache Create(IConnectionMultiplexer redis, PublicReadCacheOptions? options = null) =>
        new(redis, Options.Create(options ?? new PublicReadCacheOptions()), NullLogger<PublicReadCache>.Instance);
}
