using Grpc.Core;
using Microsoft.AspNetCore.Mvc;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Schedules;

/// <summary>/api/v1/expo/schedules/solve: the meeting scheduler, for organizers and admins.</summary>
public static class SchedulesApi
{
    // An expo-sized instance (16,000 requests) is a few megabytes of JSON.
    private const long MaxInstanceBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapSchedulesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/expo/schedules/solve", SolveAsync)
            .WithTags("Expo").WithName("SolveSchedule")
            .RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin))
            .WithMetadata(new RequestSizeLimitAttribute(MaxInstanceBytes))
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesValidationProblem();
        return routes;
    }

    private static async Task<IResult> SolveAsync(SolveScheduleBody body, ExpoService.ExpoServiceClient expo, CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        if (body.Instance is not { ValueKind: System.Text.Json.JsonValueKind.Object })
        {
            problems.Add("instance", "is required: an object in the meeting-scheduling instance format");
        }

        // Absent or null means "no previous schedule"; anything else must be a schedule object.
        if (body.PreviousSchedule is { ValueKind: not (System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Null) })
        {
            problems.Add("previousSchedule", "must be an object in the schedule format (or absent)");
        }

        if (problems.HasErrors)
        {
            return problems.ToResult();
        }

        var seconds = body.TimeLimitSeconds ?? 30;
        var response = await expo.SolveScheduleAsync(
            new SolveScheduleRequest
            {
                InstanceJson = body.Instance!.Value.GetRawText(),
                PreviousScheduleJson = body.PreviousSchedule is { ValueKind: System.Text.Json.JsonValueKind.Object } previous ? previous.GetRawText() : string.Empty,
                TimeLimitSeconds = seconds,
            },
            new CallOptions(deadline: DateTime.UtcNow.AddSeconds(Math.Clamp(seconds, 1, 120) + 20), cancellationToken: cancellationToken));
        return Results.Content(response.ScheduleJson, "application/json");
    }
}
