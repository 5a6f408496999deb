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
        new(
            policy,
            new WindowLimitOptions { PermitLimit = permitLimit, Window = window },
            new RedisWindowCounter(redis, scope),
            TimeSpan.FromSeconds(2),
            TimeProvider.System,
            logger ?? NullLogger<DistributedWindowRateLimiter>.Instance);
}
