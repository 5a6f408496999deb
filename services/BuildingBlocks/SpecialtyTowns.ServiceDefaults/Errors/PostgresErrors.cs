using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SpecialtyTowns.ServiceDefaults.Errors;

/// <summary>Recognises PostgreSQL errors that carry business meaning.</summary>
public static class PostgresErrors
{
    public static bool IsUniqueViolation(Exception exception) =>
        exception is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }
        || exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public static bool IsForeignKeyViolation(Exception exception) =>
        exception is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } }
        || exception is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    public static string? ConstraintName(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: PostgresException pg } => pg.ConstraintName,
        PostgresException pg => pg.ConstraintName,
        _ => null,
    };
}
