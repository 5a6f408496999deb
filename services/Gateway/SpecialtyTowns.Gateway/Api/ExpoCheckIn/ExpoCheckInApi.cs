using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Api.ExpoRequests;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>
/// Check-in on the day. The venue desk is run by the event's organizer accounts (admins too): a
/// check-in by badge token (signature verified; an altered or foreign badge is 400 naming
/// <c>badge</c>) or by participant id from the name search; the first check-in answers 201, any
/// later one 200 with the first. Another organizer's event answers 404. A participant reads its own
/// badge; at a meeting a party checks itself in (never another party: 403), the organizer any party.
/// </summary>
public static class ExpoCheckInApi
{
    private const int MaxQueryLength = 100;

    private static readonly string[] Desk = [Roles.Organizer, Roles.Admin];

    private static readonly string[] Participants = [Roles.Investor, Roles.Town, Roles.Enterprise];

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
        events.MapGet("/badge", BadgeAsync).WithName("GetMyBadge").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<BadgeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/badge-key", BadgeKeyAsync).WithName("GetBadgeKey").RequireAuthorization(p => p.RequireRole(Desk))
            .Produces<BadgeKeyResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapPost("/api/v1/expo/meetings/{id:guid}/check-ins", MeetingCheckInAsync).WithTags("Expo check-in").WithName("CheckInAtMeeting")
            .RequireAuthorization(p => p.RequireRole([.. Participants, .. Desk]))
            .Produces<MeetingCheckInResponse>(StatusCodes.Status201Created).Produces<MeetingCheckInResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
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

    private static async Task<IResult> SearchAsync(Guid eventId, string? q, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken)
    {
        if (q is { Length: > MaxQueryLength })
        {
            var problems = new RequestProblems();
            problems.Add("q", $"must be at most {MaxQueryLength} characters");
            return problems.ToResult();
        }

        var found = await client.SearchCheckInAsync(new SearchCheckInRequest { EventId = eventId.ToString(), Query = q ?? string.Empty }, cancellationToken: cancellationToken);
        return Results.Ok(CheckInMapping.ToResponse(found));
    }

    private static async Task<BadgeResponse> BadgeAsync(Guid eventId, string? attendeeId, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken)
    {
        var b = await client.GetBadgeAsync(new GetBadgeRequest { EventId = eventId.ToString(), AttendeeId = attendeeId ?? string.Empty }, cancellationToken: cancellationToken);
        return new BadgeResponse(b.EventId, b.EventName, b.ParticipantId, CheckInMapping.Empty(b.AttendeeId), b.Kind, b.Name, CheckInMapping.Empty(b.NameEn), CheckInMapping.Empty(b.AttendeeName), b.KeyId, b.Token, b.QrSvg);
    }

    private static async Task<BadgeKeyResponse> BadgeKeyAsync(Guid eventId, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken)
    {
        var key = await client.GetBadgeKeyAsync(new GetBadgeKeyRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken);
        return new BadgeKeyResponse(key.EventId, key.KeyId, key.PublicKey, key.Algorithm);
    }

    private static async Task<IResult> MeetingCheckInAsync(Guid id, HttpRequest http, ExpoCheckInService.ExpoCheckInServiceClient client, CancellationToken cancellationToken)
    {
        var body = await OptionalBody.ReadAsync<MeetingCheckInBody>(http, cancellationToken);
        var r = await client.CheckInAtMeetingAsync(
            new MeetingCheckInRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), MeetingId = id.ToString(), ParticipantId = body?.ParticipantId ?? string.Empty },
            cancellationToken: cancellationToken);
        var response = new MeetingCheckInResponse(r.MeetingId, r.EventId, r.ParticipantId, r.CheckedInBy, r.CheckedInAt.ToDateTimeOffset(), r.Created, CheckInMapping.Empty(r.NoShow));
        return r.Created ? Results.Created($"/api/v1/expo/meetings/{id}/check-ins", response) : Results.Ok(response);
    }
}
