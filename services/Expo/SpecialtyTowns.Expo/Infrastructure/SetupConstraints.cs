using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>The database constraints of the set-up, as the request field a refusal names (nothing is stored).</summary>
public static class SetupConstraints
{
    public const string SlotOverlap = "ex_slots_no_overlap";

    /// <summary>Whether a save failed on a unique index (a registration that lost a race to the same subject's).</summary>
    public static bool IsUniqueViolation(Exception exception) => PostgresErrors.IsUniqueViolation(exception);

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
