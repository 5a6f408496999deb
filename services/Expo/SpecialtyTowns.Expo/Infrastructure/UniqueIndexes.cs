using SpecialtyTowns.ServiceDefaults.Errors;

namespace SpecialtyTowns.Expo.Infrastructure;

/// <summary>
/// Which unique index refused a save, for use cases that let the database decide a race (a second
/// check-in, a second outcome) and then read the winner. Kept here so that Application code does not
/// depend on the database driver's errors.
/// </summary>
public static class UniqueIndexes
{
    public static bool Refused(Exception exception) => PostgresErrors.IsUniqueViolation(exception);

    public static bool Refused(Exception exception, string index) =>
        PostgresErrors.IsUniqueViolation(exception) && PostgresErrors.ConstraintName(exception) == index;
}
