using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>
/// One limit (per user, or per client address) counted in Redis, so that it holds across
/// gateway replicas. An empty partition key means "not limited by this policy".
/// </summary>
/// <remarks>
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

    private long _redisRetryAtTicks;
    private int _usingFallback;

    public string Policy => policy;

    public bool IsUsingFallback => Volatile.Read(ref _usingFallback) == 1;

    public override RateLimiterStatistics? GetStatistics(string resource) => null;

    // A distributed counter cannot be read without a round trip, so the synchronous attempt
    // only answers for partitions this policy does not limit; the rate-limiting middleware then
    // goes on to AcquireAsync (it counts those requests as "queued" in its metrics).
    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount) =>
        IsUnlimited(resource, permitCount) ? WindowLease.Acquired : WindowLease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, limit.PermitLimit);
        if (IsUnlimited(resource, permitCount))
        {
            return WindowLease.Acquired;
        }

        if (counter.IsConnected && time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _redisRetryAtTicks))
        {
            try
            {
                var count = await counter.IncrementAsync(policy, resource, permitCount, limit.Window)
                    .WaitAsync(redisTimeout, time, cancellationToken);
                MarkRedisAvailable();
                return count.Count <= limit.PermitLimit ? WindowLease.Acquired : WindowLease.Rejected(count.ResetsIn);
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
