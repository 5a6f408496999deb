using SpecialtyTowns.ServiceDefaults.Errors;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>The partial unique index that keeps at most one run of an event queued or running.</summary>
public static class ScheduleRunIndexes
{
    public const string OneActive = "ux_schedule_runs_one_active";

    /// <summary>Whether a failed save was a second active run of the same event.</summary>
    public static bool IsSecondActiveRun(Exception exception) =>
        PostgresErrors.IsUniqueViolation(exception) && PostgresErrors.ConstraintName(exception) == OneActive;
}
