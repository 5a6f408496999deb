using System.Text;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>
/// Bookings of an event's accepted meetings and its timetable. The organizer running the event books
/// any meeting; a participant its own. The Expo service decides (collisions by PostgreSQL: 409 with
/// the rule named); anyone else's event or meeting answers 404, or 400 naming <c>meetingId</c> in a body.
/// </summary>
public static class ExpoBookingsApi
{
    private static readonly string[] Acting = [Roles.Organizer, Roles.Admin, Roles.Investor, Roles.Town, Roles.Enterprise];

    public static IEndpointRouteBuilder MapExpoBookingsApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/expo/events/{eventId:guid}").WithTags("Expo bookings");
        events.MapPost("/bookings", BookAsync).WithName("BookMeeting").RequireAuthorization(p => p.RequireRole(Acting))
            .Produces<PlacementResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/timetable", TimetableAsync).WithName("GetTimetable").RequireAuthorization(p => p.RequireRole(Acting))
            .Produces<TimetableResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/timetable.csv", TimetableCsvAsync).WithName("ExportTimetable").RequireAuthorization(p => p.RequireRole(Acting))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        // The same file for the timetable page's export button: signed in by the page cookie, which /api routes do not read.
        routes.MapGet("/expo/events/{eventId:guid}/timetable.csv", TimetableCsvAsync).ExcludeFromDescription().RequireAuthorization(p => p.RequireRole(Acting));
        var meetings = routes.MapGroup("/api/v1/expo/meetings/{id:guid}").WithTags("Expo bookings");
        meetings.MapPost("/unbook", UnbookAsync).WithName("UnbookMeeting").RequireAuthorization(p => p.RequireRole(Acting))
            .Produces<PlacementResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        meetings.MapPost("/cancel", CancelAsync).WithName("CancelMeeting").RequireAuthorization(p => p.RequireRole(Acting))
            .Produces<PlacementResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<PlacementResponse> BookAsync(Guid eventId, BookingBody body, HttpRequest http, ExpoBookingsService.ExpoBookingsServiceClient bookings, CancellationToken cancellationToken) =>
        TimetableMapping.ToResponse(await bookings.BookMeetingAsync(
            new BookMeetingRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                EventId = eventId.ToString(),
                MeetingId = body.MeetingId ?? string.Empty,
                SlotId = body.SlotId ?? string.Empty,
                TableId = body.TableId ?? string.Empty,
                InterpreterId = body.InterpreterId ?? string.Empty,
            },
            cancellationToken: cancellationToken));

    private static async Task<PlacementResponse> UnbookAsync(Guid id, HttpRequest http, ExpoBookingsService.ExpoBookingsServiceClient bookings, CancellationToken cancellationToken) =>
        TimetableMapping.ToResponse(await bookings.UnbookMeetingAsync(
            new MeetingActionRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), MeetingId = id.ToString() },
            cancellationToken: cancellationToken));

    private static async Task<PlacementResponse> CancelAsync(Guid id, CancelMeetingBody body, HttpRequest http, ExpoBookingsService.ExpoBookingsServiceClient bookings, CancellationToken cancellationToken) =>
        TimetableMapping.ToResponse(await bookings.CancelMeetingAsync(
            new MeetingActionRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), MeetingId = id.ToString(), Reason = body.Reason ?? string.Empty },
            cancellationToken: cancellationToken));

    private static async Task<TimetableResponse> TimetableAsync(Guid eventId, ExpoBookingsService.ExpoBookingsServiceClient bookings, CancellationToken cancellationToken) =>
        TimetableMapping.ToResponse(await bookings.GetTimetableAsync(new GetTimetableRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken));

    private static async Task<IResult> TimetableCsvAsync(Guid eventId, ExpoBookingsService.ExpoBookingsServiceClient bookings, CancellationToken cancellationToken, string view = TimetableCsv.ByTable)
    {
        if (view is not (TimetableCsv.ByTable or TimetableCsv.ByParticipant))
        {
            var problems = new RequestProblems();
            problems.Add("view", $"must be '{TimetableCsv.ByTable}' or '{TimetableCsv.ByParticipant}'");
            return problems.ToResult();
        }

        var timetable = TimetableMapping.ToResponse(await bookings.GetTimetableAsync(new GetTimetableRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken));
        return Results.File(Encoding.UTF8.GetBytes(TimetableCsv.Write(timetable, view)), "text/csv; charset=utf-8", $"timetable-{view}-{eventId:N}.csv");
    }
}
