using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>
/// /api/v1/expo/events/{eventId}/...: an event's set-up by its organizer (another organizer's event
/// is 404) and registration by participants for themselves. Bad input is 400 naming the field; a
/// change that would take placed meetings out of their slot is 409 "meetings-placed" naming them
/// unless unplaceMeetings is set.
/// </summary>
public static class ExpoSetupApi
{
    private static readonly string[] Organizers = [Roles.Organizer, Roles.Admin];
    private static readonly string[] Participants = [Roles.Investor, Roles.Town, Roles.Enterprise];

    public static RouteGroupBuilder MapExpoSetupApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/expo/events/{eventId:guid}").WithTags("Expo set-up");
        events.MapGet("/setup", GetSetupAsync).WithName("GetEventSetup").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<SetupResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPut("/settings", ChangeSettingsAsync).WithName("ChangeEventSettings").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<SettingsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/halls", AddHallAsync).WithName("AddEventHall").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<HallResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/tables", AddTablesAsync).WithName("AddEventTables").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<TablesResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/sessions", AddSessionAsync).WithName("AddEventSession").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<SessionCreatedResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/slots", AddSlotAsync).WithName("AddEventSlot").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<SlotResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPatch("/slots/{slotId:guid}", MoveSlotAsync).WithName("MoveEventSlot").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<SlotChangeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapDelete("/slots/{slotId:guid}", DeleteSlotAsync).WithName("DeleteEventSlot").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<SlotChangeResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/interpreters", AddInterpreterAsync).WithName("AddEventInterpreter").RequireAuthorization(p => p.RequireRole(Organizers))
            .Produces<InterpreterResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        ExpoSetupEditApi.Map(events, Organizers, Participants);
        ExpoRegistrationApi.Map(events, Organizers, Participants);
        return events;
    }

    private static async Task<SetupResponse> GetSetupAsync(Guid eventId, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.GetSetupAsync(new GetSetupRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<SettingsResponse> ChangeSettingsAsync(Guid eventId, SettingsBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.ChangeSettingsAsync(ExpoSetupMapping.ToRequest(eventId, body, Key(http)), cancellationToken: cancellationToken));

    private static async Task<IResult> AddHallAsync(Guid eventId, HallBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var hall = await expo.AddHallAsync(
            new AddHallRequest { RequestId = Key(http), EventId = eventId.ToString(), Name = body.Name ?? string.Empty, NameEn = body.NameEn ?? string.Empty, Position = body.Position ?? 0 },
            cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/expo/events/{eventId}/setup", ExpoSetupMapping.ToResponse(hall));
    }

    private static async Task<IResult> AddTablesAsync(Guid eventId, TablesBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var request = new AddTablesRequest { RequestId = Key(http), EventId = eventId.ToString() };
        request.Tables.AddRange((body.Tables ?? []).Select(t => new TableSpec { HallId = t.HallId ?? string.Empty, Label = t.Label ?? string.Empty, Seats = t.Seats ?? 0, Zone = t.Zone ?? string.Empty }));
        var added = await expo.AddTablesAsync(request, cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/expo/events/{eventId}/setup", new TablesResponse(added.Tables.Select(ExpoSetupMapping.ToResponse).ToList()));
    }

    private static async Task<IResult> AddSessionAsync(Guid eventId, SessionBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var created = await expo.AddSessionAsync(
            new AddSessionRequest
            {
                RequestId = Key(http),
                EventId = eventId.ToString(),
                Day = body.Day ?? string.Empty,
                StartsAt = body.StartsAt ?? string.Empty,
                EndsAt = body.EndsAt ?? string.Empty,
                MeetingMinutes = body.MeetingMinutes ?? 0,
                BreakMinutes = body.BreakMinutes ?? 0,
                Name = body.Name ?? string.Empty,
                NameEn = body.NameEn ?? string.Empty,
            },
            cancellationToken: cancellationToken);
        return Results.Created(
            $"/api/v1/expo/events/{eventId}/setup",
            new SessionCreatedResponse(ExpoSetupMapping.ToResponse(created.Session), created.Slots.Select(ExpoSetupMapping.ToResponse).ToList()));
    }

    private static async Task<IResult> AddSlotAsync(Guid eventId, SlotBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var slot = await expo.AddSlotAsync(
            new AddSlotRequest { RequestId = Key(http), EventId = eventId.ToString(), StartsAt = ExpoSetupMapping.Instant(body.StartsAt), EndsAt = ExpoSetupMapping.Instant(body.EndsAt) },
            cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/expo/events/{eventId}/setup", ExpoSetupMapping.ToResponse(slot));
    }

    private static async Task<SlotChangeResponse> MoveSlotAsync(Guid eventId, Guid slotId, SlotBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.MoveSlotAsync(
            new MoveSlotRequest
            {
                RequestId = Key(http),
                EventId = eventId.ToString(),
                SlotId = slotId.ToString(),
                StartsAt = ExpoSetupMapping.Instant(body.StartsAt),
                EndsAt = ExpoSetupMapping.Instant(body.EndsAt),
                UnplaceMeetings = body.UnplaceMeetings ?? false,
            },
            cancellationToken: cancellationToken));

    private static async Task<SlotChangeResponse> DeleteSlotAsync(Guid eventId, Guid slotId, bool? unplaceMeetings, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.DeleteSlotAsync(
            new DeleteSlotRequest { RequestId = Key(http), EventId = eventId.ToString(), SlotId = slotId.ToString(), UnplaceMeetings = unplaceMeetings ?? false },
            cancellationToken: cancellationToken));

    private static async Task<IResult> AddInterpreterAsync(Guid eventId, InterpreterBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var request = new AddInterpreterRequest { RequestId = Key(http), EventId = eventId.ToString(), Name = body.Name ?? string.Empty };
        request.Languages.AddRange(body.Languages ?? []);
        var interpreter = await expo.AddInterpreterAsync(request, cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/expo/events/{eventId}/setup", ExpoSetupMapping.ToResponse(interpreter));
    }

    internal static string Key(HttpRequest http) => http.Headers["Idempotency-Key"].ToString();
}
