using Microsoft.Extensions.Localization;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Web.ExpoRuns;
using SpecialtyTowns.Gateway.Web.Localization;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>
/// Scheduling an event's accepted meetings: start a run (202 with its location), poll it (progress, then the
/// draft), publish it; lock or unlock placed meetings. The event's organizer (or an admin) only.
/// </summary>
public static class ExpoRunsApi
{
    public static IEndpointRouteBuilder MapExpoRunsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/expo").WithTags("Expo").RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin));
        group.MapPost("/events/{eventId:guid}/schedule-runs", StartAsync).WithName("StartScheduleRun")
            .Produces<ScheduleRunResponse>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/events/{eventId:guid}/schedule-runs", ListAsync).WithName("ListScheduleRuns")
            .Produces<IReadOnlyList<ScheduleRunResponse>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/schedule-runs/{id:guid}", GetAsync).WithName("GetScheduleRun")
            .Produces<ScheduleRunResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/schedule-runs/{id:guid}/publish", PublishAsync).WithName("PublishScheduleRun")
            .Produces<ScheduleRunResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/meetings/{meetingId:guid}/lock", (Guid meetingId, HttpRequest http, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken ct) => LockAsync(meetingId, true, http, runs, ct))
            .WithName("LockMeeting").Produces<MeetingLockResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/meetings/{meetingId:guid}/unlock", (Guid meetingId, HttpRequest http, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken ct) => LockAsync(meetingId, false, http, runs, ct))
            .WithName("UnlockMeeting").Produces<MeetingLockResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        // The GET route for the scheduling page's live chart: signed in by the page cookie, which /api routes do not read.
        routes.MapGet("/workspace/expo/schedule-runs/{id:guid}/progress", ProgressAsync).ExcludeFromDescription()
            .RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin));
        return routes;
    }

    private static async Task<ScheduleRunProgressResponse> ProgressAsync(
        Guid id, ExpoScheduleRuns.ExpoScheduleRunsClient runs, IStringLocalizer<ExpoRunsText> text, CancellationToken cancellationToken)
    {
        var run = await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = id.ToString() }, cancellationToken: cancellationToken);
        var last = run.Progress.LastOrDefault();
        return new ScheduleRunProgressResponse(
            run.Status,
            ScheduleRunChart.Option(run.Progress, text["Chart.Weight"], text["Chart.Bound"], text["Chart.Seconds"]),
            last?.BestWeight,
            last?.Bound);
    }

    private static async Task<IResult> StartAsync(Guid eventId, StartScheduleRunBody body, HttpRequest http, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken cancellationToken)
    {
        var run = await runs.StartScheduleRunAsync(
            new StartScheduleRunRequest { RequestId = IdempotencyKey(http), EventId = eventId.ToString(), TimeLimitSeconds = body.TimeLimitSeconds ?? 0 },
            cancellationToken: cancellationToken);
        return Results.Accepted($"/api/v1/expo/schedule-runs/{run.Id}", ScheduleRunResponses.From(run));
    }

    private static async Task<IReadOnlyList<ScheduleRunResponse>> ListAsync(Guid eventId, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken cancellationToken) =>
        [.. (await runs.ListScheduleRunsAsync(new ListScheduleRunsRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken)).Runs.Select(ScheduleRunResponses.From)];

    private static async Task<ScheduleRunResponse> GetAsync(Guid id, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken cancellationToken) =>
        ScheduleRunResponses.From(await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    /// <param name="leaveUnlocked">Leave the placed meetings unlocked (default: locked, so later runs keep them).</param>
    private static async Task<ScheduleRunResponse> PublishAsync(Guid id, HttpRequest http, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken cancellationToken, bool leaveUnlocked = false) =>
        ScheduleRunResponses.From(await runs.PublishScheduleRunAsync(
            new PublishScheduleRunRequest { RequestId = IdempotencyKey(http), Id = id.ToString(), LeaveUnlocked = leaveUnlocked },
            cancellationToken: cancellationToken));

    private static async Task<MeetingLockResponse> LockAsync(Guid meetingId, bool locked, HttpRequest http, ExpoScheduleRuns.ExpoScheduleRunsClient runs, CancellationToken cancellationToken)
    {
        var view = await runs.SetMeetingLockedAsync(
            new SetMeetingLockedRequest { RequestId = IdempotencyKey(http), MeetingId = meetingId.ToString(), Locked = locked },
            cancellationToken: cancellationToken);
        return new MeetingLockResponse(Guid.Parse(view.MeetingId), view.Locked);
    }

    private static string IdempotencyKey(HttpRequest http) => http.Headers["Idempotency-Key"].ToString();
}
