using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SpecialtyTowns.ServiceDefaults.Persistence;

/// <summary>
/// Every service shares one server connection setting but owns its own database, named by
/// the service (and overridable, so that tests can use throw-away databases).
/// </summary>
public static class ConnectionStrings
{
    public static string ForDatabase(IConfiguration configuration, string defaultDatabase)
    {
        var server = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not configured");
        var builder = new NpgsqlConnectionStringBuilder(server)
        {
            Database = configuration["Database:Name"] ?? defaultDatabase,
        };
        return builder.ConnectionString;
    }

    public static string Redis(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis")
        ?? throw new InvalidOperationException("ConnectionStrings:Redis is not configured");
}
