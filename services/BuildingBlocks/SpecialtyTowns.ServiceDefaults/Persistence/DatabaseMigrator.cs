using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SpecialtyTowns.ServiceDefaults.Persistence;

/// <summary>Applies a service's EF Core migrations at start-up, waiting for PostgreSQL to come up.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateDatabaseAsync<TContext>(this IHost host, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        using var scope = host.Services.CreateScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<TContext>>();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await context.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database of {Context} is at the latest migration", typeof(TContext).Name);
                return;
            }
            catch (NpgsqlException exception) when (DateTimeOffset.UtcNow < deadline && exception.IsTransient)
            {
                logger.LogWarning("PostgreSQL is not reachable yet ({Reason}); retrying", exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
