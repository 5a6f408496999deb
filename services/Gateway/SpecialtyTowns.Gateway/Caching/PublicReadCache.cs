using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Caching;

/// <summary>
/// Public reads cached in Redis, shared by every gateway replica. Keys carry their scope's
/// version: invalidating bumps the version, so a read that raced with a change can only
/// write under a version nobody reads any more. Redis being down costs speed, never answers.
/// </summary>
public sealed class PublicReadCache(IConnectionMultiplexer redis, ILogger<PublicReadCache> logger)
{
    public const string KeyPrefix = "cache:gateway:";
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);

    public async Task<T> GetOrCreateAsync<T>(string scope, string key, JsonTypeInfo<T> json, Func<Task<T>> factory, TimeSpan? ttl = null)
    {
        string? fullKey = null;
        try
        {
            var database = redis.GetDatabase();
            var version = (long?)await database.StringGetAsync(VersionKey(scope)) ?? 0;
            fullKey = $"{KeyPrefix}{scope}:v{version}:{key}";
            var cached = await database.StringGetAsync(fullKey);
            if (cached.HasValue)
            {
                return JsonSerializer.Deserialize((string)cached!, json)!;
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("Cache read of {Scope} skipped: {Reason}", scope, exception.Message);
        }

        var value = await factory();
        if (fullKey is not null)
        {
            try
            {
                await redis.GetDatabase().StringSetAsync(fullKey, JsonSerializer.Serialize(value, json), ttl ?? Ttl);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogWarning("Cache write of {Scope} skipped: {Reason}", scope, exception.Message);
            }
        }

        return value;
    }

    public async Task InvalidateAsync(string scope)
    {
        try
        {
            await redis.GetDatabase().StringIncrementAsync(VersionKey(scope));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Entries expire on their own; log so a long outage is visible.
            logger.LogWarning("Cache invalidation of {Scope} failed: {Reason}", scope, exception.Message);
        }
    }

    public static string VersionKey(string scope) => $"{KeyPrefix}{scope}:version";
}
