using Microsoft.Net.Http.Headers;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

/// <summary>
/// A participant's agenda and its calendar feed. The agenda and the feed's issue/revoke are the
/// participant's own (investor, town, enterprise accounts; no registration in the event: 404). The
/// feed itself needs no sign-in: its secret token is the credential, and a revoked or unknown token
/// is 404. The Expo service writes the iCalendar text; the gateway only adds the HTTP caching.
/// </summary>
public static class ExpoAgendaApi
{
    private static readonly string[] Participants = [Roles.Investor, Roles.Town, Roles.Enterprise];

    public static IEndpointRouteBuilder MapExpoAgendaApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/expo/events/{eventId:guid}").WithTags("Expo agenda");
        events.MapGet("/agenda", AgendaAsync).WithName("GetAgenda").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<AgendaResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/calendar-feed", CreateFeedAsync).WithName("CreateCalendarFeed").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<CalendarFeedResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);
        events.MapDelete("/calendar-feed", RevokeFeedAsync).WithName("RevokeCalendarFeed").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/expo/calendar/{token}.ics", FeedAsync).WithTags("Expo agenda").WithName("GetCalendarFeed").AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar").Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<AgendaResponse> AgendaAsync(Guid eventId, ExpoAgendaService.ExpoAgendaServiceClient agenda, CancellationToken cancellationToken, string? viewerTimeZone = null) =>
        AgendaMapping.ToResponse(await agenda.GetAgendaAsync(
            new GetAgendaRequest { EventId = eventId.ToString(), ViewerTimeZone = viewerTimeZone ?? string.Empty },
            cancellationToken: cancellationToken));

    private static async Task<IResult> CreateFeedAsync(Guid eventId, HttpRequest http, ExpoAgendaService.ExpoAgendaServiceClient agenda, CancellationToken cancellationToken)
    {
        var issued = await agenda.CreateCalendarFeedAsync(
            new CreateCalendarFeedRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), EventId = eventId.ToString() },
            cancellationToken: cancellationToken);
        var response = AgendaMapping.ToResponse(issued, http);
        return Results.Created(response.Url, response);
    }

    private static async Task<IResult> RevokeFeedAsync(Guid eventId, HttpRequest http, ExpoAgendaService.ExpoAgendaServiceClient agenda, CancellationToken cancellationToken)
    {
        await agenda.RevokeCalendarFeedAsync(
            new RevokeCalendarFeedRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), EventId = eventId.ToString() },
            cancellationToken: cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> FeedAsync(string token, HttpContext http, ExpoAgendaService.ExpoAgendaServiceClient agenda, CancellationToken cancellationToken)
    {
        var feed = await agenda.GetCalendarFeedAsync(
            new GetCalendarFeedRequest { Token = token, PublicBaseUrl = AgendaMapping.PublicBase(http.Request) },
            cancellationToken: cancellationToken);
        // The URL is a secret: shared caches must not keep it; calendar apps revalidate cheaply with the ETag.
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.ETag = feed.Etag;
        var validators = http.Request.GetTypedHeaders().IfNoneMatch;
        if (validators.Any(v => v.Equals(EntityTagHeaderValue.Any) || v.Tag.Equals(feed.Etag)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Text(feed.Ics, "text/calendar; charset=utf-8");
    }
}
