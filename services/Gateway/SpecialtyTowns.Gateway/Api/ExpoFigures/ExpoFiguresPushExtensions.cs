using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using SpecialtyTowns.ServiceDefaults.Persistence;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>
/// SignalR for the live figures, on the Redis backplane. Only the figures hub uses the backplane
/// (Blazor's own circuit hub stays in-process): a group send from any replica is published on Redis
/// and delivered by every replica to its own connections.
/// </summary>
public static class ExpoFiguresPushExtensions
{
    public const string ChannelPrefix = "specialtytowns-gateway-signalr";

    public static IHostApplicationBuilder AddExpoFiguresPush(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        var redis = ConnectionStrings.Redis(builder.Configuration);
        builder.Services.AddOptions<RedisOptions>().Configure(options =>
        {
            options.Configuration = ConfigurationOptions.Parse(redis);
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);
        });
        builder.Services.AddSingleton<HubLifetimeManager<ExpoFiguresHub>, RedisHubLifetimeManager<ExpoFiguresHub>>();
        builder.Services.AddSingleton<FiguresPusher>();
        return builder;
    }
}
