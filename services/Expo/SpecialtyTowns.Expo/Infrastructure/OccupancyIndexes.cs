using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.ServiceDefaults.Errors;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>
/// The unique indexes that keep a participant, a table and an interpreter in at most one meeting
/// per slot, and the rule each refusal is reported as (409 with the rule named).
/// </summary>
public static class OccupancyIndexes
{
    public const string Participant = "ux_slot_occupancy_participant";
    public const string Table = "ux_slot_occupancy_table";
    public const string Interpreter = "ux_slot_occupancy_interpreter";

    /// <summary>The rule a failed save broke, or null when it was not an occupancy collision.</summary>
    public static BusinessRuleException? Translate(Exception exception)
    {
        if (!PostgresErrors.IsUniqueViolation(exception))
        {
            return null;
        }

        return PostgresErrors.ConstraintName(exception) switch
        {
            Participant => new BusinessRuleException("participant-busy", "A party already has a meeting in that slot"),
            Table => new BusinessRuleException("table-busy", "That table is already taken in that slot"),
            Interpreter => new BusinessRuleException("interpreter-busy", "That interpreter is already taken in that slot"),
            _ => null,
        };
    }

    /// <summary>
    /// Whether a failed save placed a meeting into a slot deleted meanwhile (the slot's delete committed
    /// between the read and the save; the foreign keys of the placement refuse it).
    /// </summary>
    public static bool IsSlotRemoved(Exception exception) =>
        PostgresErrors.IsForeignKeyViolation(exception)
        && PostgresErrors.ConstraintName(exception) is "FK_slot_occupancy_slots_slot_id" or "FK_meetings_slots_slot_id";

    /// <summary>The resource kind an index guards (for reports that name what collided).</summary>
    public static string? KindOf(string? indexName) => indexName switch
    {
        Participant => ResourceKinds.Participant,
        Table => ResourceKinds.Table,
        Interpreter => ResourceKinds.Interpreter,
        _ => null,
    };
}
