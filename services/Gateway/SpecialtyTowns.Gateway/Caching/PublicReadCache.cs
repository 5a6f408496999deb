using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Caching;

/// <summary>
/// Public reads cached as their JSON, in two tiers: this replica's memory, then Redis, shared by
/// every replica. Redis keys carry their scope's version: invalidating bumps the version, so a
/// read that raced with a change can only write under a version nobody reads any more. The
/// memory tier follows the same rule with a per-replica generation, which invalidations reach
/// over Redis pub/sub; a message lost while Redis was away is covered by dropping the whole
/// memory tier when the connection comes back, and by its short lifetime. Redis being down
/// costs speed, never answers.
/// </summary>
public sealed class PublicReadCache : IDisposable
{
    public const string KeyPrefix = "cache:gateway:";

    public static readonly RedisChannel InvalidationChannel = RedisChannel.Literal(KeyPrefix + "invalidated");

    /// <summary>What an entry costs besides its JSON and key (entry, options, array headers), counted against the limit.</summary>
    private const int EntryOverheadBytes = 320;

    private static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(5);

    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<PublicReadCache> _logger;
    private readonly PublicReadCacheOptions _options;
    private readonly MemoryCache _local;
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _pendingInvalidations = new(StringComparer.Ordinal);
    private readonly InflightLoads _inflight = new();
    private readonly Action<RedisChannel, RedisValue> _onInvalidated;
    private long _resets;
    private int _subscribed;

    public PublicReadCache(IConnectionMultiplexer redis, IOptions<PublicReadCacheOptions> options, ILogger<PublicReadCache> logger)
    {
        _redis = redis;
        _logger = logger;
        _options = options.Value;
        _local = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.LocalSizeLimitBytes });
        _onInvalidated = (_, scope) => BumpGeneration(scope!);
        if (_options.Enabled)
        {
            _redis.ConnectionRestored += OnConnectionRestored;
            Subscribe();
        }
    }

    /// <summary>Whether invalidations from other replicas reach this one's memory tier.</summary>
    public bool ListensForInvalidations => Volatile.Read(ref _subscribed) == 1;

    /// <summary>The cached JSON (UTF-8) of a read, or the factory's answer serialized and cached.</summary>
    public async Task<ReadOnlyMemory<byte>> GetOrCreateJsonAsync<T>(string scope, string key, JsonTypeInfo<T> json, Func<Task<T>> factory, TimeSpan? ttl = null) =>
        (await GetOrCreateCoreAsync(scope, key, json, factory, ttl)).Json;

    /// <summary>A cached read as an object, for callers that need one.</summary>
    public async Task<T> GetOrCreateAsync<T>(string scope, string key, JsonTypeInfo<T> json, Func<Task<T>> factory, TimeSpan? ttl = null)
    {
        var entry = await GetOrCreateCoreAsync(scope, key, json, factory, ttl);
        return entry.WasCreated ? (T)entry.Created! : JsonSerializer.Deserialize(entry.Json.Span, json)!;
    }

    public async Task InvalidateAsync(string scope)
    {
        // This replica at once, so its own next read sees the change; the others when the message arrives.
        BumpGeneration(scope);
        if (!_redis.IsConnected)
        {
            RememberForReconnect(scope, "Redis is not connected");
            return;
        }

        try
        {
            var database = _redis.GetDatabase();
            await database.StringIncrementAsync(VersionKey(scope));

            // Again: a read between the first bump and the new version may have kept the old entry under the new generation.
            BumpGeneration(scope);
            await database.PublishAsync(InvalidationChannel, scope);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            RememberForReconnect(scope, exception.Message);
        }
    }

    public static string VersionKey(string scope) => $"{KeyPrefix}{scope}:version";

    public void Dispose()
    {
        _redis.ConnectionRestored -= OnConnectionRestored;
        if (Volatile.Read(ref _subscribed) == 1)
        {
            // Not awaited: disposal must not wait on Redis, and the multiplexer drops its handlers when it closes anyway.
            _ = _redis.GetSubscriber().UnsubscribeAsync(InvalidationChannel, _onInvalidated).ContinueWith(
                task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        _local.Dispose();
    }

    private async Task<LoadedEntry> GetOrCreateCoreAsync<T>(
        string scope, string key, JsonTypeInfo<T> json, Func<Task<T>> factory, TimeSpan? ttl)
    {
        if (!_options.Enabled)
        {
            var uncached = await factory();
            return new LoadedEntry(JsonSerializer.SerializeToUtf8Bytes(uncached, json), uncached, true);
        }

        // Read before anything else: an entry made from data fetched before an invalidation is
        // stored under the generation it started with, which is already stale.
        var generation = Generation(scope);
        var localKey = string.Concat(scope, ":", key);
        if (_local.TryGetValue(localKey, out LocalEntry? entry) && entry!.Generation == generation)
        {
            return new LoadedEntry(entry.Json, null, false);
        }

        var flight = string.Concat(localKey, "#", generation.ToString(CultureInfo.InvariantCulture));
        return await _inflight.RunAsync(flight, () => LoadAsync(scope, key, localKey, generation, json, factory, ttl ?? DefaultTtl));
    }

    /// <summary>The entry from Redis, or from the service and then stored in both tiers.</summary>
    private async Task<LoadedEntry> LoadAsync<T>(
        string scope, string key, string localKey, long generation, JsonTypeInfo<T> json, Func<Task<T>> factory, TimeSpan lifetime)
    {
        string? redisKey = null;

        // Disconnected, Redis would fail every request after its timeout; readiness already reports it.
        if (_redis.IsConnected)
        {
            try
            {
                var database = _redis.GetDatabase();
                var version = (long?)await database.StringGetAsync(VersionKey(scope)) ?? 0;
                redisKey = $"{KeyPrefix}{scope}:v{version}:{key}";
                var cached = await database.StringGetWithExpiryAsync(redisKey);
                if (cached.Value.HasValue)
                {
                    // No longer in memory than it has left in Redis, so the two tiers together are not staler than one.
                    byte[] body = cached.Value!;
                    KeepLocally(localKey, body, generation, cached.Expiry ?? lifetime);
                    return new LoadedEntry(body, null, false);
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                _logger.LogWarning("Cache read of {Scope} skipped: {Reason}", scope, exception.Message);
            }
        }

        var value = await factory();
        var serialized = JsonSerializer.SerializeToUtf8Bytes(value, json);
        KeepLocally(localKey, serialized, generation, lifetime);
        if (redisKey is not null)
        {
            try
            {
                await _redis.GetDatabase().StringSetAsync(redisKey, serialized, lifetime);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                _logger.LogWarning("Cache write of {Scope} skipped: {Reason}", scope, exception.Message);
            }
        }

        return new LoadedEntry(serialized, value, true);
    }

    private void KeepLocally(string key, byte[] json, long generation, TimeSpan ttl)
    {
        var lifetime = ttl < _options.LocalTtl ? ttl : _options.LocalTtl;
        if (lifetime <= TimeSpan.Zero)
        {
            // Read from Redis in its last millisecond, or memory turned off: nothing to keep.
            return;
        }

        _local.Set(key, new LocalEntry(json, generation), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = lifetime,
            Size = json.Length + (key.Length * sizeof(char)) + EntryOverheadBytes,
        });
    }

    /// <summary>
    /// Only one replica handles each event, so an invalidation that could not reach Redis is done again when the
    /// connection comes back; until then the entries in Redis still carry the old version.
    /// </summary>
    private void RememberForReconnect(string scope, string reason)
    {
        _pendingInvalidations.TryAdd(scope, 0);
        _logger.LogWarning("Cache invalidation of {Scope} postponed until Redis is back: {Reason}", scope, reason);
    }

    private long Generation(string scope) =>
        Interlocked.Read(ref _resets) + (_generations.TryGetValue(scope, out var generation) ? generation : 0);

    private void BumpGeneration(string scope) => _generations.AddOrUpdate(scope, 1, (_, generation) => generation + 1);

    private void Subscribe() => _ = SubscribeAsync();

    private async Task SubscribeAsync()
    {
        try
        {
            await _redis.GetSubscriber().SubscribeAsync(InvalidationChannel, _onInvalidated);
            Volatile.Write(ref _subscribed, 1);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Tried again when the connection comes back; until then entries live out their short lifetime.
            _logger.LogWarning("Cache invalidations not subscribed yet: {Reason}", exception.Message);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs args)
    {
        // Invalidations published while this replica was cut off never reach it.
        Interlocked.Add(ref _resets, 1L << 32);
        _local.Compact(1.0);
        if (Volatile.Read(ref _subscribed) == 0)
        {
            Subscribe();
        }

        foreach (var scope in _pendingInvalidations.Keys)
        {
            if (_pendingInvalidations.TryRemove(scope, out _))
            {
                _ = InvalidateAsync(scope);
            }
        }
    }

    private sealed record LocalEntry(byte[] Json, long Generation);
}
