using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>The database constraints of the set-up, as the request field a refusal names (nothing is stored).</summary>
public static class SetupConstraints
{
    public const string SlotOverlap = "ex_slots_no_overlap";

    /// <summary>The rule of a set-up change refused because placed meetings depend on what it changes.</summary>
    public const string InUseRule = "meetings-placed";

    /// <summary>Whether a save failed on a unique index (a registration that lost a race to the same subject's).</summary>
    public static bool IsUniqueViolation(Exception exception) => PostgresErrors.IsUniqueViolation(exception);

    /// <summary>
    /// A delete the foreign keys refused because placed meetings still use the table or interpreter
    /// (ON DELETE RESTRICT): 409 "meetings-placed", the rule a set-up change meets when it would drop them.
    /// </summary>
    public static BusinessRuleException? InUse(Exception exception)
    {
        if (!PostgresErrors.IsForeignKeyViolation(exception))
        {
            return null;
        }

        var what = PostgresErrors.ConstraintName(exception) switch
        {
            "FK_meetings_tables_table_id" => "A table",
            "FK_meetings_interpreters_interpreter_id" => "An interpreter",
            "FK_tables_halls_hall_id" => "A table added to the hall meanwhile",
            _ => null,
        };
        return what is null
            ? null
            : new BusinessRuleException(InUseRule, $"{what} being deleted has placed meetings; unbook or move them first");
    }

    public static InvalidValueException? Translate(Exception exception)
    {
        var postgres = exception as PostgresException ?? (exception as DbUpdateException)?.InnerException as PostgresException;
        if (postgres is null)
        {
            return null;
        }

        if (postgres.SqlState == PostgresErrorCodes.ExclusionViolation && postgres.ConstraintName == SlotOverlap)
        {
            return new InvalidValueException("starts_at", "overlaps another slot of the event");
        }

        if (!PostgresErrors.IsUniqueViolation(postgres))
        {
            return null;
        }

        return postgres.ConstraintName switch
        {
            "ux_halls_event_name" => new InvalidValueException("name", "another hall of the event has this name"),
            "ux_tables_event_label" => new InvalidValueException("tables", "a table label is already used in the event"),
            _ => null,
        };
    }
}
