using Grpc.Core;
using SpecialtyTowns.Expo.Scheduling;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.Validation;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc;

/// <summary>Runs the meeting scheduler for organizers; a bad instance is InvalidArgument naming what is wrong.</summary>
public sealed class ScheduleSolver(ILogger<ScheduleSolver> logger)
{
    private const int MaxTimeLimitSeconds = 120;

    public async Task<SolveScheduleResponse> SolveAsync(SolveScheduleRequest request, ServerCallContext context)
    {
        context.GetCaller().RequireRole(Roles.Organizer, Roles.Admin);
        new RequestValidator()
            .Must(!string.IsNullOrWhiteSpace(request.InstanceJson), "instance_json", "is required")
            .Must(request.TimeLimitSeconds is >= 0 and <= MaxTimeLimitSeconds, "time_limit_seconds", $"must be between 1 and {MaxTimeLimitSeconds} (0: 30)")
            .ThrowIfInvalid();
        var instance = Parse("instance_json", () => SchedulingJson.ParseInstance(request.InstanceJson));
        var previous = string.IsNullOrWhiteSpace(request.PreviousScheduleJson)
            ? null
            : Parse("previous_schedule_json", () => SchedulingJson.ParseSchedule(request.PreviousScheduleJson));

        var limit = TimeSpan.FromSeconds(request.TimeLimitSeconds == 0 ? 30 : request.TimeLimitSeconds);
        try
        {
            var schedule = await new MeetingScheduler(new SchedulerOptions { TimeLimit = limit }).SolveAsync(instance, previous, context.CancellationToken);
            logger.LogInformation("Scheduled {Assigned} meetings, {Unscheduled} left unscheduled", schedule.Assignments.Count, schedule.Unscheduled.Count);
            return new SolveScheduleResponse { ScheduleJson = SchedulingJson.Serialize(schedule) };
        }
        catch (InstanceException exception)
        {
            throw new RequestValidationException([new FieldViolation("instance_json", exception.Message)]);
        }
    }

    private static T Parse<T>(string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InstanceException exception)
        {
            throw new RequestValidationException([new FieldViolation(field, exception.Message)]);
        }
    }
}
