using SpecialtyTowns.Gateway.Health;
using SpecialtyTowns.ServiceDefaults.Health;
using SpecialtyTowns.ServiceDefaults.Persistence;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Extensions;

/// <summary>
/// Redis, for the gateway's read cache and rate limits. Only the gateway uses Redis, so only
/// the gateway's readiness depends on it.
/// </summary>
public static class GatewayRedisExtensions
{
    public static IHostApplicationBuilder AddGatewayRedis(this IHostApplicationBuilder builder)
    {
        var options = ConfigurationOptions.Parse(ConnectionStrings.Redis(builder.Configuration));
        options.AbortOnConnectFail = false;
        options.ClientName = builder.Environment.ApplicationName;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return builder;
    }
}
