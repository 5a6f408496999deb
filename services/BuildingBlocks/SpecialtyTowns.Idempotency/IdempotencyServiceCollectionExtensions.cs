using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SpecialtyTowns.Idempotency;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IIdempotency"/> on the service's DbContext (which maps <c>AddIdempotentRequests</c>).</summary>
    public static IServiceCollection AddIdempotency<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddScoped<IIdempotency, EfIdempotency<TContext>>();
        return services;
    }
}
