using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>
/// Fixed-window request counters in Redis, shared by every gateway replica. The window starts
/// with a partition's first request and ends when its key expires.
/// </summary>
public sealed class RedisWindowCounter(IConnectionMultiplexer redis, string scope)
{
    public const string KeyPrefix = "ratelimit:";

    // INCRBY and PEXPIRE in one script, so that no crash or race between them can leave a
    // counter without an expiry (which would lock a partition out for good).
    private const string IncrementScript = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          ttl = tonumber(ARGV[2])
        end
        return { count, ttl }
        """;

    private long _increments;

    public bool IsConnected => redis.IsConnected;

    /// <summary>Round trips made so far, to see how well the limiter's chunks spare Redis.</summary>
    public long Increments => Interlocked.Read(ref _increments);

    public async Task<WindowCount> IncrementAsync(string policy, string partition, int permits, TimeSpan window)
    {
        Interlocked.Increment(ref _increments);
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            IncrementScript,
            [Key(policy, partition, window)],
            [permits, (long)Math.Ceiling(window.TotalMilliseconds)]);
        var values = (RedisResult[])result!;
        return new WindowCount((long)values[0], TimeSpan.FromMilliseconds((long)values[1]));
    }

    /// <summary>
    /// The window's length is part of the key, so replicas configured with different windows
    /// (during a rolling change of limits, say) never read each other's counts as their own.
    /// </summary>
    public string Key(string policy, string partition, TimeSpan window) =>
        $"{KeyPrefix}{scope}:{policy}:{(long)window.TotalMilliseconds}:{partition}";
}
