using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoStandby;

/// <summary>
/// The day of the event. The organizer running it (or an admin) sets the day settings and reads the
/// hall board; a party of a meeting (never for itself) or the organizer confirms a no-show; only the
/// candidate answers a standby offer, which the partner and the organizer may also read. Anyone
/// else's event, meeting or offer answers 404; a refused rule 409 naming it (no-show-too-early,
/// party-checked-in, meeting-not-scheduled, offer-closed, offer-expired, participant-busy, table-busy).
/// </summary>
public static class ExpoStandbyApi
{
    private static readonly string[] Participants = [Roles.Investor, Roles.Town, Roles.Enterprise];

    public static IEndpointRouteBuilder MapExpoStandbyApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/expo/events/{eventId:guid}").WithTags("Expo standby");
        events.MapPut("/day-settings", ChangeDaySettingsAsync).WithName("ChangeExpoDaySettings").RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin))
            .Produces<DaySettingsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/hall-board", HallBoardAsync).WithName("GetExpoHallBoard").RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin))
            .Produces<HallBoardResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapPost("/api/v1/expo/meetings/{id:guid}/no-show", ConfirmNoShowAsync).WithTags("Expo standby").WithName("ConfirmMeetingNoShow")
            .RequireAuthorization(p => p.RequireRole([.. Participants, Roles.Organizer, Roles.Admin]))
            .Produces<NoShowResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        var offers = routes.MapGroup("/api/v1/expo/standby-offers/{id:guid}").WithTags("Expo standby");
        offers.MapGet(string.Empty, GetOfferAsync).WithName("GetStandbyOffer").RequireAuthorization(p => p.RequireRole([.. Participants, Roles.Organizer, Roles.Admin]))
            .Produces<StandbyOfferResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        offers.MapPost("/accept", (Guid id, HttpRequest http, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken ct) => AnswerAsync(id, http, accept: true, client, ct))
            .WithName("AcceptStandbyOffer").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<StandbyOfferResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        offers.MapPost("/decline", (Guid id, HttpRequest http, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken ct) => AnswerAsync(id, http, accept: false, client, ct))
            .WithName("DeclineStandbyOffer").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<StandbyOfferResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<DaySettingsResponse> ChangeDaySettingsAsync(Guid eventId, DaySettingsBody body, HttpRequest http, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken cancellationToken) =>
        StandbyMapping.ToResponse(await client.ChangeDaySettingsAsync(
            new ChangeDaySettingsRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                EventId = eventId.ToString(),
                NoShowAfterMinutes = body.NoShowAfterMinutes ?? 0,
                StandbyOfferSeconds = body.StandbyOfferSeconds ?? 0,
                PendingTooLongHours = body.PendingTooLongHours ?? 0,
            },
            cancellationToken: cancellationToken));

    private static async Task<HallBoardResponse> HallBoardAsync(Guid eventId, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken cancellationToken) =>
        StandbyMapping.ToResponse(await client.GetHallBoardAsync(new GetHallBoardRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<NoShowResponse> ConfirmNoShowAsync(Guid id, NoShowBody body, HttpRequest http, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken cancellationToken) =>
        StandbyMapping.ToResponse(await client.ConfirmNoShowAsync(
            new ConfirmNoShowRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), MeetingId = id.ToString(), ParticipantId = body.ParticipantId ?? string.Empty },
            cancellationToken: cancellationToken));

    private static async Task<StandbyOfferResponse> GetOfferAsync(Guid id, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken cancellationToken) =>
        StandbyMapping.ToResponse(await client.GetStandbyOfferAsync(new GetStandbyOfferRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<StandbyOfferResponse> AnswerAsync(Guid id, HttpRequest http, bool accept, ExpoStandbyService.ExpoStandbyServiceClient client, CancellationToken cancellationToken)
    {
        var request = new AnswerStandbyOfferRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), Id = id.ToString() };
        var answered = accept
            ? await client.AcceptStandbyOfferAsync(request, cancellationToken: cancellationToken)
            : await client.DeclineStandbyOfferAsync(request, cancellationToken: cancellationToken);
        return StandbyMapping.ToResponse(answered);
    }
}
