using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.Gateway.RateLimiting;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.IntegrationTests.RateLimiting;

/// <summary>Builds limiters the way the gateway does, on a scope of its own.</summary>
internal static class Limiters
{
    public static DistributedWindowRateLimiter Create(
        IConnectionMultiplexer redis,
        string scope,
        string policy,
        int permitLimit,
        TimeSpan window,
        ILogger<DistributedWindowRateLimiter>? logger = null) =>
        Create(new RedisWindowCounter(redis, scope), policy, permitLimit, window, logger);

    /// <summary>A limiter counting through <paramref name="counter"/>, for tests that look at its round trips.</summary>
    public static DistributedWindowRateLimiter Create(
        RedisWindowCounter counter,
        string policy,
        int permitLimit,
        TimeSpan window,
        ILogger<DistributedWindowRateLimiter>? logger = null) =>
        new(
            policy,
            new WindowLimitOptions { PermitLimit = permitLimit, Window = window },
            counter,
            TimeSpan.FromSeconds(2),
            TimeProvider.System,
            logger ?? NullLogger<DistributedWindowRateLimiter>.Instance);
}
