using MassTransit;
using SpecialtyTowns.Expo.Contracts;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>
/// Hears that an event's figures changed and has them pushed (<see cref="FiguresPusher"/>). The
/// replicas share one queue: each change is handled by one replica, and the Redis backplane takes
/// its push to the dashboards on all of them. No inbox: pushing twice is harmless.
/// </summary>
public sealed class FiguresPushConsumer(FiguresPusher pusher) : IConsumer<EventFiguresChanged>
{
    /// <summary>Named here, not after the class, so a rename does not leave the durable queue behind.</summary>
    public const string Queue = "gateway-expo-figures";

    public Task Consume(ConsumeContext<EventFiguresChanged> context)
    {
        pusher.Changed(context.Message.EventId);
        return Task.CompletedTask;
    }
}
