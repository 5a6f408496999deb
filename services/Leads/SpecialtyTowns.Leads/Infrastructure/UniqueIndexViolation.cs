using SpecialtyTowns.ServiceDefaults.Errors;

namespace SpecialtyTowns.Leads.Infrastructure;

/// <summary>Which unique index refused a save (an open lead's key, an organisation's name or credit code), for the use case to say what it means.</summary>
public static class UniqueIndexViolation
{
    /// <returns>The index name, or null when the failure is no unique violation.</returns>
    public static string? IndexOf(Exception exception) =>
        PostgresErrors.IsUniqueViolation(exception) ? PostgresErrors.ConstraintName(exception) : null;
}
