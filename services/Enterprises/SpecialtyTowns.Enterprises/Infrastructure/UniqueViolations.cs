using SpecialtyTowns.ServiceDefaults.Errors;

namespace SpecialtyTowns.Enterprises.Infrastructure;

/// <summary>Reads PostgreSQL's unique-violation errors, so that use cases never see the driver's types.</summary>
public static class UniqueViolations
{
    /// <summary>The violated unique constraint's name, or null when the exception is no unique violation.</summary>
    public static string? ConstraintOf(Exception exception) =>
        PostgresErrors.IsUniqueViolation(exception) ? PostgresErrors.ConstraintName(exception) : null;
}
