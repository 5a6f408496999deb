using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>Redis key scope of the gateway's counters ("ratelimit:gateway:user:{sub}").</summary>
    public const string CounterScope = "gateway";

    /// <summary>Registers the Redis-backed per-user and per-address limits (section "RateLimiting").</summary>
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitingOptions.SectionName))
            .Validate(
                options => options.PerUser.IsValid() && options.PerIp.IsValid() && options.RedisTimeout > TimeSpan.Zero,
                "RateLimiting: every PermitLimit, Window and RedisTimeout must be positive")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(services =>
            new RedisWindowCounter(services.GetRequiredService<IConnectionMultiplexer>(), CounterScope));
        builder.Services.AddSingleton(CreateLimiter);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<GatewayRateLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        return builder;
    }

    /// <summary>Adds the rate-limiting middleware. Call it after UseAuthentication, so that the user is known.</summary>
    public static WebApplication UseGatewayRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static GatewayRateLimiter CreateLimiter(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var counter = services.GetRequiredService<RedisWindowCounter>();
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<DistributedWindowRateLimiter>>();
        return new GatewayRateLimiter(
            new DistributedWindowRateLimiter("user", options.PerUser, counter, options.RedisTimeout, time, logger),
            new DistributedWindowRateLimiter("ip", options.PerIp, counter, options.RedisTimeout, time, logger));
    }
}
