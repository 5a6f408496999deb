using SpecialtyTowns.ServiceDefaults.Errors;

namespace SpecialtyTowns.Enterprises.Infrastructure;

/// <summary>Which unique index refused a save, so the use case can say which field was taken.</summary>
public static class UniqueIndexViolation
{
    public const string EnterpriseCreditCode = "ux_enterprises_credit_code";
    public const string EnterpriseTownName = "ux_enterprises_town_name";

    /// <returns>The index name, or null when the failure is no unique violation.</returns>
    public static string? IndexOf(Exception exception) =>
        PostgresErrors.IsUniqueViolation(exception) ? PostgresErrors.ConstraintName(exception) : null;
}
