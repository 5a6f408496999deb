namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>The "RateLimiting" section: both limits apply to every request that is not exempt.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public WindowLimitOptions PerUser { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    public WindowLimitOptions PerIp { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <summary>How long a request waits for Redis before it is counted in process instead.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
}
