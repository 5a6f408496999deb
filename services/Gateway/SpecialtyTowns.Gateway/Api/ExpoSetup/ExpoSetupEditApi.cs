using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>
/// PUT/DELETE .../halls/{hallId}, .../tables/{tableId}, .../interpreters/{interpreterId}: the organizer
/// edits or deletes set-up items (another organizer's event is 404). Placed meetings make a delete 409
/// "meetings-placed", too few seats 409 "table-seats-needed", a dropped language 409
/// "interpreter-language-needed", each naming the meetings; a hall is deleted with its tables.
/// GET .../slots: the event's slots for its organizer and its approved participants (anyone else 404).
/// </summary>
public static class ExpoSetupEditApi
{
    public static void Map(RouteGroupBuilder events, string[] organizers, string[] participants)
    {
        events.MapGet("/slots", ListSlotsAsync).WithName("ListEventSlots").RequireAuthorization(p => p.RequireRole([.. organizers, .. participants]))
            .Produces<EventSlotsResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPut("/halls/{hallId:guid}", UpdateHallAsync).WithName("UpdateEventHall").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<HallResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapDelete("/halls/{hallId:guid}", DeleteHallAsync).WithName("DeleteEventHall").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<SetupItemsDeletedResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPut("/tables/{tableId:guid}", UpdateTableAsync).WithName("UpdateEventTable").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<TableResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapDelete("/tables/{tableId:guid}", DeleteTableAsync).WithName("DeleteEventTable").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<SetupItemsDeletedResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPut("/interpreters/{interpreterId:guid}", UpdateInterpreterAsync).WithName("UpdateEventInterpreter").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<InterpreterResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapDelete("/interpreters/{interpreterId:guid}", DeleteInterpreterAsync).WithName("DeleteEventInterpreter").RequireAuthorization(p => p.RequireRole(organizers))
            .Produces<SetupItemsDeletedResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<HallResponse> UpdateHallAsync(Guid eventId, Guid hallId, HallBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.UpdateHallAsync(
            new UpdateHallRequest { RequestId = ExpoSetupApi.Key(http), EventId = eventId.ToString(), HallId = hallId.ToString(), Name = body.Name ?? string.Empty, NameEn = body.NameEn ?? string.Empty, Position = body.Position ?? 0 },
            cancellationToken: cancellationToken));

    private static async Task<TableResponse> UpdateTableAsync(Guid eventId, Guid tableId, TableBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        ExpoSetupMapping.ToResponse(await expo.UpdateTableAsync(
            new UpdateTableRequest
            {
                RequestId = ExpoSetupApi.Key(http),
                EventId = eventId.ToString(),
                TableId = tableId.ToString(),
                HallId = body.HallId ?? string.Empty,
                Label = body.Label ?? string.Empty,
                Seats = body.Seats ?? 0,
                Zone = body.Zone ?? string.Empty,
            },
            cancellationToken: cancellationToken));

    private static async Task<InterpreterResponse> UpdateInterpreterAsync(Guid eventId, Guid interpreterId, InterpreterBody body, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var request = new UpdateInterpreterRequest { RequestId = ExpoSetupApi.Key(http), EventId = eventId.ToString(), InterpreterId = interpreterId.ToString(), Name = body.Name ?? string.Empty };
        request.Languages.AddRange(body.Languages ?? []);
        return ExpoSetupMapping.ToResponse(await expo.UpdateInterpreterAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<SetupItemsDeletedResponse> DeleteHallAsync(Guid eventId, Guid hallId, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        Deleted(await expo.DeleteHallAsync(new DeleteHallRequest { RequestId = ExpoSetupApi.Key(http), EventId = eventId.ToString(), HallId = hallId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<SetupItemsDeletedResponse> DeleteTableAsync(Guid eventId, Guid tableId, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        Deleted(await expo.DeleteTableAsync(new DeleteTableRequest { RequestId = ExpoSetupApi.Key(http), EventId = eventId.ToString(), TableId = tableId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<SetupItemsDeletedResponse> DeleteInterpreterAsync(Guid eventId, Guid interpreterId, HttpRequest http, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken) =>
        Deleted(await expo.DeleteInterpreterAsync(new DeleteInterpreterRequest { RequestId = ExpoSetupApi.Key(http), EventId = eventId.ToString(), InterpreterId = interpreterId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<EventSlotsResponse> ListSlotsAsync(Guid eventId, ExpoSetupService.ExpoSetupServiceClient expo, CancellationToken cancellationToken)
    {
        var listed = await expo.ListEventSlotsAsync(new ListEventSlotsRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken);
        return new EventSlotsResponse(listed.TimeZone, listed.Slots.Select(ExpoSetupMapping.ToResponse).ToList());
    }

    private static SetupItemsDeletedResponse Deleted(SetupItemsDeleted deleted) => new([.. deleted.DeletedIds]);
}
