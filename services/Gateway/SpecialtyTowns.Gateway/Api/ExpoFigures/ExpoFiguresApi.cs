using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>
/// The live figures of the expo day: one event's for the organizer running it and admins (another
/// organizer's event: 404), the province's across events for admins; and the hub that pushes an
/// event's figures to its dashboards whenever they change (<see cref="ExpoFiguresHub"/>).
/// </summary>
public static class ExpoFiguresApi
{
    public const string HubPath = "/hubs/expo-figures";

    private static readonly string[] Managing = [Roles.Organizer, Roles.Admin];

    public static IEndpointRouteBuilder MapExpoFiguresApi(this IEndpointRouteBuilder routes)
    {
        var expo = routes.MapGroup("/api/v1/expo").WithTags("Expo figures");
        expo.MapGet("/events/{eventId:guid}/figures", EventFiguresAsync).WithName("GetEventFigures").RequireAuthorization(p => p.RequireRole(Managing))
            .Produces<EventFiguresResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        expo.MapGet("/figures", ProvinceFiguresAsync).WithName("GetProvinceFigures").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .Produces<ProvinceFiguresResponse>();
        // Bearer tokens (API clients) or the page cookie (the dashboard); the hub checks the event itself.
        routes.MapHub<ExpoFiguresHub>(HubPath).RequireAuthorization(p => p.RequireRole(Managing)).ExcludeFromDescription();
        return routes;
    }

    private static async Task<EventFiguresResponse> EventFiguresAsync(Guid eventId, ExpoFiguresService.ExpoFiguresServiceClient figures, CancellationToken cancellationToken) =>
        FiguresMapping.ToResponse(await figures.GetEventFiguresAsync(new GetEventFiguresRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<ProvinceFiguresResponse> ProvinceFiguresAsync(ExpoFiguresService.ExpoFiguresServiceClient figures, CancellationToken cancellationToken) =>
        FiguresMapping.ToResponse(await figures.GetProvinceFiguresAsync(new GetProvinceFiguresRequest(), cancellationToken: cancellationToken));
}
