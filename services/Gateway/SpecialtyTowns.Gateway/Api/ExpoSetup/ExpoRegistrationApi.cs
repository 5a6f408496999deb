using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using RpcBadRequest = Google.Rpc.BadRequest;

namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>
/// Registration routes under an event: a participant registers, reads, withdraws its own
/// registration and sets its availability (participants/me); the organizer lists registrations
/// and approves or rejects them, one or many at once.
/// </summary>
public static class ExpoRegistrationApi
{
    public static void Map(RouteGroupBuilder events, string[] organizers, string[] participants)
    {
        events.MapPost("/participants", RegisterAsync).WithName("RegisterForEvent").RequireAuthorization(p => p.RequireRole(participants))
            .Produces<ParticipantResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/participants", ListAsync).WithName("ListEventParticipants").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<ParticipantListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/participants/me", GetMineAsync).WithName("GetMyEventRegistration").RequireAuthorization(p => p.RequireRole(participants))
            .Produces<ParticipantResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapDelete("/participants/me", WithdrawAsync).WithName("WithdrawFromEvent").RequireAuthorization(p => p.RequireRole(participants))
            .Produces<ParticipantResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPut("/participants/me/availability", SetAvailabilityAsync).WithName("SetMyEventAvailability").RequireAuthorization(p => p.RequireRole(participants))
            .Produces<AvailabilityResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/participants/decisions", DecideAsync).WithName("DecideEventParticipants").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<ParticipantListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/participants/{participantId:guid}/approve", (Guid eventId, Guid participantId, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken ct) =>
                DecideOneAsync(eventId, participantId, "approve", http, expo, ct))
            .WithName("ApproveEventParticipant").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<ParticipantListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/participants/{participantId:guid}/reject", (Guid eventId, Guid participantId, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken ct) =>
                DecideOneAsync(eventId, participantId, "reject", http, expo, ct))
            .WithName("RejectEventParticipant").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<ParticipantListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RegisterAsync(Guid eventId, RegisterParticipantBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var registered = await expo.RegisterAsync(ExpoSetupMapping.ToRequest(eventId, body, ExpoSetupApi.Key(http)), cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/expo/events/{eventId}/participants/me", ExpoSetupMapping.ToResponse(registered));
    }

    private static async Task<ParticipantListResponse> ListAsync(Guid eventId, string? status, string? kind, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var list = await expo.ListParticipantsAsync(new ListParticipantsRequest { EventId = eventId.ToString(), Status = status ?? string.Empty, Kind = kind ?? string.Empty }, cancellationToken: cancellationToken);
        return new ParticipantListResponse(list.Participants.Select(ExpoSetupMapping.ToResponse).ToList());
    }

    private static async Task<ParticipantResponse> GetMineAsync(Guid eventId, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.GetMyRegistrationAsync(new GetMyRegistrationRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<ParticipantResponse> WithdrawAsync(Guid eventId, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.WithdrawAsync(new WithdrawRequest { EventId = eventId.ToString(), RequestId = ExpoSetupApi.Key(http) }, cancellationToken: cancellationToken));

    private static async Task<AvailabilityResponse> SetAvailabilityAsync(Guid eventId, AvailabilityBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var request = new SetAvailabilityRequest { EventId = eventId.ToString(), RequestId = ExpoSetupApi.Key(http), UnplaceMeetings = body.UnplaceMeetings ?? false };
        request.UnavailableSlotIds.AddRange(body.UnavailableSlotIds ?? []);
        var result = await expo.SetAvailabilityAsync(request, cancellationToken: cancellationToken);
        return new AvailabilityResponse([.. result.UnavailableSlotIds], [.. result.UnplacedMeetingIds]);
    }

    private static async Task<ParticipantListResponse> DecideAsync(Guid eventId, DecisionBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var request = new DecideParticipantsRequest
        {
            EventId = eventId.ToString(),
            RequestId = ExpoSetupApi.Key(http),
            Decision = body.Decision ?? string.Empty,
            AllPending = body.AllPending ?? false,
            Note = body.Note ?? string.Empty,
        };
        request.ParticipantIds.AddRange(body.ParticipantIds ?? []);
        var decided = await expo.DecideParticipantsAsync(request, cancellationToken: cancellationToken);
        return new ParticipantListResponse(decided.Participants.Select(ExpoSetupMapping.ToResponse).ToList());
    }

    // No body: a note goes with the batch route (participants/decisions).
    private static async Task<IResult> DecideOneAsync(Guid eventId, Guid participantId, string decision, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Ok(await DecideAsync(eventId, new DecisionBody(decision, [participantId.ToString()], false, null), http, expo, cancellationToken));
        }
        catch (RpcException exception) when (NamesOnlyTheRouteId(exception))
        {
            // The one id is the route's: a registration the event does not have is a resource that is not there.
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such registration in this event");
        }
    }

    // Other refusals (a bad Idempotency-Key, the decision) stay 400s naming their field.
    private static bool NamesOnlyTheRouteId(RpcException exception) =>
        exception.StatusCode == StatusCode.InvalidArgument
        && exception.GetRpcStatus()?.GetDetail<RpcBadRequest>()?.FieldViolations is { Count: > 0 } violations
        && violations.All(v => v.Field == "participant_ids[0]");
}
