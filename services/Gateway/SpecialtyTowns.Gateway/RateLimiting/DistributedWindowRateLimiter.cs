using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>
/// One limit (per user, or per client address) counted in Redis, so that it holds across
/// gateway replicas. An empty partition key means "not limited by this policy".
/// </summary>
/// <remarks>
/// <para>
/// A busy partition does not cost a Redis round trip per request: each claim in Redis takes a
/// chunk of permits for this replica, served from memory until spent or until the window
/// ends. The chunk grows while the partition stays busy and never exceeds an eighth of what
/// the window has left, so near the limit every request is counted in Redis one by one, and
/// the replicas together never let more than the limit through. The cost is that permits a
/// replica holds unused when its window ends are lost to the others.
/// </para>
/// The limiter protects the services; it must never be the reason they cannot be reached.
/// While Redis is unreachable (not connected, an error, or slower than the Redis timeout) the
/// same limit is counted in this process instead, with a warning: each replica then allows
/// the limit on its own, which is looser but keeps the gateway answering. Redis is tried
/// again a few seconds later, so a flapping Redis does not add its timeout to every request.
/// </remarks>
public sealed class DistributedWindowRateLimiter(
    string policy,
    WindowLimitOptions limit,
    RedisWindowCounter counter,
    TimeSpan redisTimeout,
    TimeProvider time,
    ILogger<DistributedWindowRateLimiter> logger) : PartitionedRateLimiter<string>
{
    private static readonly TimeSpan RedisRetryDelay = TimeSpan.FromSeconds(5);

    private readonly PartitionedRateLimiter<string> _fallback = PartitionedRateLimiter.Create<string, string>(
        partition => RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private readonly Reservations _reservations = new(time);

    private long _redisRetryAtTicks;
    private int _usingFallback;

    public string Policy => policy;

    public bool IsUsingFallback => Volatile.Read(ref _usingFallback) == 1;

    public override RateLimiterStatistics? GetStatistics(string resource) => null;

    // The synchronous attempt answers from this replica's reserved permits; without them it
    // defers, and the rate-limiting middleware goes on to AcquireAsync (it counts those
    // requests as "queued" in its metrics).
    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        IsUnlimited(resource, permitCount) || _reservations.TryTake(resource, permitCount) ? WindowLease.Acquired : WindowLease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, limit.PermitLimit);
        if (IsUnlimited(resource, permitCount) || _reservations.TryTake(resource, permitCount))
        {
            return WindowLease.Acquired;
        }

        if (counter.IsConnected && time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _redisRetryAtTicks))
        {
            try
            {
                return await ClaimAsync(resource, permitCount, cancellationToken);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                MarkRedisUnavailable(exception);
            }
        }
        else
        {
            MarkRedisUnavailable(null);
        }

        return await _fallback.AcquireAsync(resource, permitCount, cancellationToken);
    }

    /// <summary>
    /// Claims a chunk of permits in Redis. One claim at a time per partition: requests that queue behind it are usually
    /// served from what it brings, and concurrent claims would together take more than the share a chunk is capped at.
    /// </summary>
    private async Task<RateLimitLease> ClaimAsync(string resource, int permitCount, CancellationToken cancellationToken)
    {
        var gate = _reservations.ClaimGate(resource);
        if (!await gate.WaitAsync(redisTimeout, cancellationToken))
        {
            throw new TimeoutException("an earlier claim for this partition is still waiting for Redis");
        }

        try
        {
            if (_reservations.TryTake(resource, permitCount))
            {
                return WindowLease.Acquired;
            }

            var chunk = Math.Max(permitCount, _reservations.NextChunk(resource));
            var claimedAt = time.GetUtcNow().UtcTicks;
            var count = await counter.IncrementAsync(policy, resource, chunk, limit.Window)
                .WaitAsync(redisTimeout, time, cancellationToken);
            MarkRedisAvailable();

            // The claim may overshoot the limit: only what fits under it is this replica's.
            var granted = chunk - Math.Clamp(count.Count - limit.PermitLimit, 0, chunk);
            if (granted < permitCount)
            {
                return WindowLease.Rejected(count.ResetsIn);
            }

            _reservations.Add(resource, granted - permitCount, count, chunk, limit.PermitLimit, claimedAt);
            return WindowLease.Acquired;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _fallback.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private static bool IsUnlimited(string resource, int permitCount) => resource.Length == 0 || permitCount == 0;

    private void MarkRedisAvailable()
    {
        if (Interlocked.Exchange(ref _usingFallback, 0) == 1)
        {
            logger.LogInformation("Rate limit {Policy} is counted in Redis again", policy);
        }
    }

    private void MarkRedisUnavailable(Exception? exception)
    {
        if (exception is not null)
        {
            Interlocked.Exchange(ref _redisRetryAtTicks, time.GetUtcNow().Add(RedisRetryDelay).UtcTicks);
        }

        if (Interlocked.Exchange(ref _usingFallback, 1) == 0)
        {
            logger.LogWarning(
                exception,
                "Rate limit {Policy} cannot reach Redis; counting in this process until it is back",
                policy);
        }
    }
}
