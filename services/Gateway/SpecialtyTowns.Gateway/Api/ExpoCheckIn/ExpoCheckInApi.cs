using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>
/// Check-in on the day. The venue desk is run by the event's organizer accounts (admins too): a
/// check-in by badge token (signature verified; an altered or foreign badge is 400 naming
/// <c>badge</c>) or by participant id from the name search; the first check-in answers 201, any
/// later one 200 with the first. Another organizer's event answers 404.
/// </summary>
public static class ExpoCheckInApi
{
    private static readonly string[] Desk = [Roles.Organizer, Roles.Admin];

    public static IEndpointRouteBuilder MapExpoCheckInApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/expo/events/{eventId:guid}").WithTags("Expo check-in");
        events.MapPost("/check-ins", CheckInAsync).WithName("CheckInParticipant").RequireAuthorization(p => p.RequireRole(Desk))
            .Produces<CheckInResponse>(StatusCodes.Status201Created).Produces<CheckInResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/check-ins", ListAsync).WithName("ListCheckIns").RequireAuthorization(p => p.RequireRole(Desk))
            .Produces<CheckInListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/check-ins/search", SearchAsync).WithName("SearchCheckIn").RequireAuthorization(p => p.RequireRole(Desk))
            .Produces<IReadOnlyList<CheckInCandidateResponse>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> CheckInAsync(Guid eventId, CheckInBody body, HttpRequest http, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken)
    {
        var result = await client.CheckInAsync(
            new CheckInRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                EventId = eventId.ToString(),
                Badge = body.Badge ?? string.Empty,
                ParticipantId = body.ParticipantId ?? string.Empty,
                AttendeeId = body.AttendeeId ?? string.Empty,
                Method = body.Method ?? string.Empty,
            },
            cancellationToken: cancellationToken);
        var response = CheckInMapping.ToResponse(result);
        return result.Created ? Results.Created($"/api/v1/expo/events/{eventId}/check-ins", response) : Results.Ok(response);
    }

    private static async Task<CheckInListResponse> ListAsync(Guid eventId, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken, int limit = 100) =>
        CheckInMapping.ToResponse(await client.ListCheckInsAsync(new ListCheckInsRequest { EventId = eventId.ToString(), Limit = limit }, cancellationToken: cancellationToken));

    private static async Task<IReadOnlyList<CheckInCandidateResponse>> SearchAsync(Guid eventId, string? q, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken) =>
        CheckInMapping.ToResponse(await client.SearchCheckInAsync(new SearchCheckInRequest { EventId = eventId.ToString(), Query = q ?? string.Empty }, cancellationToken: cancellationToken));
}
