using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Events;

/// <summary>/api/v1/expo/events: public to read; an organizer creates events and manages only its own.</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/expo/events").WithTags("Expo");
        group.MapPost("/", CreateAsync).WithName("CreateEvent").RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin))
            .Produces<EventResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEvent").AllowAnonymous()
            .Produces<EventResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateEvent").RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin))
            .Produces<EventResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> CreateAsync(CreateEventBody body, HttpRequest http, ExpoService.ExpoServiceClient expo, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var created = await expo.CreateEventAsync(
            new CreateEventRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                Name = body.Name ?? string.Empty,
                NameEn = body.NameEn ?? string.Empty,
                City = body.City ?? string.Empty,
                StartsOn = body.StartsOn ?? string.Empty,
                EndsOn = body.EndsOn ?? string.Empty,
                TimeZone = body.TimeZone ?? string.Empty,
            },
            cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Events);
        return Results.Created($"/api/v1/expo/events/{created.Id}", ToResponse(created));
    }

    private static Task<EventResponse> GetAsync(Guid id, ExpoService.ExpoServiceClient expo, PublicReadCache cache, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(CacheScopes.Events, $"event:{id}", CacheJsonContext.Api.EventResponse, async () =>
            ToResponse(await expo.GetEventAsync(new GetEventRequest { Id = id.ToString() }, cancellationToken: cancellationToken)));

    private static async Task<EventResponse> UpdateAsync(Guid id, UpdateEventBody body, HttpRequest http, ExpoService.ExpoServiceClient expo, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new UpdateEventRequest { Id = id.ToString(), RequestId = http.Headers["Idempotency-Key"].ToString() };
        if (body.Name is not null)
        {
            request.Name = body.Name;
        }

        if (body.NameEn is not null)
        {
            request.NameEn = body.NameEn;
        }

        if (body.City is not null)
        {
            request.City = body.City;
        }

        if (body.StartsOn is not null)
        {
            request.StartsOn = body.StartsOn;
        }

        if (body.EndsOn is not null)
        {
            request.EndsOn = body.EndsOn;
        }

        var updated = await expo.UpdateEventAsync(request, cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Events);
        return ToResponse(updated);
    }

    private static EventResponse ToResponse(ExpoEvent e) =>
        new(e.Id, e.OrganizerId, e.Name, e.NameEn.Length == 0 ? null : e.NameEn, e.City.Length == 0 ? null : e.City, e.StartsOn, e.EndsOn, e.TimeZone);
}
