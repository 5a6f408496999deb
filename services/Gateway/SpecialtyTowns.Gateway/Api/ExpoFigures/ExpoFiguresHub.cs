using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Net.Http.Headers;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Web.Auth;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>
/// The live figures hub (<c>/hubs/expo-figures</c>, on the Redis backplane so that a change seen by
/// any replica reaches the dashboards connected to every replica). A client calls
/// <see cref="Watch"/> with an event id: the Expo service decides with the caller's own identity
/// whether it may see that event's figures (its organizer, admins; anyone else is refused like an
/// unknown event), then the connection joins the event's group and gets the figures at once; from
/// then on <see cref="FiguresMethod"/> brings them whenever they change.
/// </summary>
[Authorize(Roles = "organizer,admin")]
public sealed class ExpoFiguresHub(ExpoFiguresService.ExpoFiguresServiceClient figures, ILogger<ExpoFiguresHub> logger) : Hub
{
    /// <summary>The client method that receives an <see cref="EventFiguresResponse"/>.</summary>
    public const string FiguresMethod = "figures";

    public static string GroupOf(Guid eventId) => "expo-figures:" + eventId.ToString("N");

    public async Task<EventFiguresResponse> Watch(Guid eventId)
    {
        EventFigures current;
        try
        {
            current = await figures.GetEventFiguresAsync(new GetEventFiguresRequest { EventId = eventId.ToString() }, CallerHeaders(), cancellationToken: Context.ConnectionAborted);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.Unauthenticated)
        {
            logger.LogInformation("Figures of event {EventId} refused to {User}: {Status}", eventId, Context.UserIdentifier, exception.StatusCode);
            throw new HubException("not-found: no such event, or not one you run");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(eventId), Context.ConnectionAborted);
        return FiguresMapping.ToResponse(current);
    }

    public Task Unwatch(Guid eventId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(eventId), Context.ConnectionAborted);

    // The connection's own identity, passed on explicitly: a hub invocation has no request of its
    // own for the forwarding interceptor to read. A page's cookie session put its access token in
    // the connection's items when it was authenticated; an API client sent a bearer header.
    private Metadata CallerHeaders()
    {
        var http = Context.GetHttpContext();
        var token = http?.Items[PageAuthentication.AccessTokenItem] as string;
        if (token is null && http?.Request.Headers[HeaderNames.Authorization].ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = header["Bearer ".Length..].Trim();
        }

        return token is null ? [] : new Metadata { { "authorization", "Bearer " + token } };
    }
}
