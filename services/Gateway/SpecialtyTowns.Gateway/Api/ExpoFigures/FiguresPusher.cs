using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.AspNetCore.SignalR;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Identity;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>
/// Pushes an event's figures to its dashboards, coalescing bursts: a change marks the event; one
/// push loop per event reads the figures over gRPC and sends them to the event's group, at most
/// once per <see cref="MinInterval"/> (10 pushes a second), and goes on while changes keep coming.
/// Every push carries the whole figures read after the change was committed, so coalescing never
/// loses a change: the last push reflects every change before it.
/// </summary>
public sealed class FiguresPusher(IServiceScopeFactory scopes, IHubContext<ExpoFiguresHub> hub, TokenIssuer tokens, TimeProvider clock, ILogger<FiguresPusher> logger)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<Guid, PushState> _events = new();

    /// <summary>Marks the event's figures changed; starts its push loop unless one is running.</summary>
    public void Changed(Guid eventId)
    {
        var state = _events.GetOrAdd(eventId, _ => new PushState());
        lock (state)
        {
            state.Dirty = true;
            if (state.Running)
            {
                return;
            }

            state.Running = true;
        }

        _ = Task.Run(() => PushWhileChangedAsync(eventId, state));
    }

    private async Task PushWhileChangedAsync(Guid eventId, PushState state)
    {
        while (true)
        {
            lock (state)
            {
                if (!state.Dirty)
                {
                    state.Running = false;
                    return;
                }

                state.Dirty = false;
            }

            var started = clock.GetTimestamp();
            await PushAsync(eventId);
            var rest = MinInterval - clock.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, clock);
            }
        }
    }

    private async Task PushAsync(Guid eventId)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var client = scope.ServiceProvider.GetRequiredService<ExpoFiguresService.ExpoFiguresServiceClient>();
            var headers = new Metadata { { "authorization", "Bearer " + tokens.ForGatewayWork() } };
            var figures = await client.GetEventFiguresAsync(new GetEventFiguresRequest { EventId = eventId.ToString() }, headers);
            await hub.Clients.Group(ExpoFiguresHub.GroupOf(eventId)).SendAsync(ExpoFiguresHub.FiguresMethod, FiguresMapping.ToResponse(figures));
        }
        catch (Exception exception) when (exception is RpcException or RedisException or InvalidOperationException or TimeoutException)
        {
            // The next change pushes again; a dashboard that missed this one still shows the figures before it.
            logger.LogWarning(exception, "Live figures of event {EventId} not pushed", eventId);
        }
    }

    private sealed class PushState
    {
        public bool Dirty { get; set; }

        public bool Running { get; set; }
    }
}
