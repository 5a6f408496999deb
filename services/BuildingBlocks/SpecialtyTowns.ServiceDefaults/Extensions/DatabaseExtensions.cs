using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.ServiceDefaults.Health;
using SpecialtyTowns.ServiceDefaults.Persistence;

namespace SpecialtyTowns.ServiceDefaults.Extensions;

/// <summary>Registers a service's own PostgreSQL database and its readiness check.</summary>
public static class DatabaseExtensions
{
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string databaseName)
        where TContext : DbContext
    {
        var connectionString = ConnectionStrings.ForDatabase(builder.Configuration, databaseName);
        // Interceptors registered by building blocks (the outbox signal, for one) join every context.
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3))
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("postgres", tags: [HealthTags.Ready]);
        return builder;
    }
}
