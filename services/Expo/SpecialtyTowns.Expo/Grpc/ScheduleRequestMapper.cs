using SpecialtyTowns.Expo.Application;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using SpecialtyTowns.Expo.Scheduling.Validation;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Expo.Grpc;

/// <summary>Reads a solve request into a command; a bad instance is InvalidArgument naming what is wrong.</summary>
public static class ScheduleRequestMapper
{
    private const int MaxTimeLimitSeconds = 120;

    public static SolveScheduleCommand ToCommand(SolveScheduleRequest request)
    {
        new RequestValidator()
            .Must(!string.IsNullOrWhiteSpace(request.InstanceJson), "instance_json", "is required")
            .Must(request.TimeLimitSeconds is >= 0 and <= MaxTimeLimitSeconds, "time_limit_seconds", $"must be between 1 and {MaxTimeLimitSeconds} (0: 30)")
            .ThrowIfInvalid();
        var instance = Parse("instance_json", () => SchedulingJson.ParseInstance(request.InstanceJson));
        var validator = new RequestValidator();
        foreach (var part in InstanceValidator.MissingParts(instance))
        {
            validator.Must(false, $"instance_json.{part}", $"must hold at least one {part.TrimEnd('s')}");
        }

        validator.ThrowIfInvalid();
        var previous = string.IsNullOrWhiteSpace(request.PreviousScheduleJson)
            ? null
            : Parse("previous_schedule_json", () => SchedulingJson.ParseSchedule(request.PreviousScheduleJson));
        return new SolveScheduleCommand(instance, previous, TimeSpan.FromSeconds(request.TimeLimitSeconds == 0 ? 30 : request.TimeLimitSeconds));
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
