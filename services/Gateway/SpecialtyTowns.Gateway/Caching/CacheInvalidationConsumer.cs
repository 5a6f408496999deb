using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Gateway.Caching;

/// <summary>
/// Drops cached public reads when the owning service announces a change, including changes
/// that did not pass through this gateway. Invalidating twice is harmless, so no inbox.
/// </summary>
public sealed class CacheInvalidationConsumer(PublicReadCache cache) :
    IConsumer<TownRegistered>,
    IConsumer<TownUpdated>,
    IConsumer<EnterpriseRegistered>,
    IConsumer<EnterpriseUpdated>,
    IConsumer<ExpoEventScheduled>,
    IConsumer<ProjectPublished>,
    IConsumer<ProjectUpdated>,
    IConsumer<ProjectStatusChanged>,
    IConsumer<ProjectWithdrawn>
{
    /// <summary>Named here, not after the class, so a rename does not leave the durable queue behind.</summary>
    public const string Queue = "gateway-cache-invalidation";

    public async Task Consume(ConsumeContext<TownRegistered> context)
    {
        await cache.InvalidateAsync(CacheScopes.Towns);
        await cache.InvalidateAsync(CacheScopes.Search);
    }

    public async Task Consume(ConsumeContext<TownUpdated> context)
    {
        await cache.InvalidateAsync(CacheScopes.Towns);
        await cache.InvalidateAsync(CacheScopes.Search);
    }

    public Task Consume(ConsumeContext<ProjectPublished> context) => cache.InvalidateAsync(CacheScopes.Search);

    public Task Consume(ConsumeContext<ProjectUpdated> context) => cache.InvalidateAsync(CacheScopes.Search);

    public Task Consume(ConsumeContext<ProjectStatusChanged> context) => cache.InvalidateAsync(CacheScopes.Search);

    public Task Consume(ConsumeContext<ProjectWithdrawn> context) => cache.InvalidateAsync(CacheScopes.Search);

    public Task Consume(ConsumeContext<EnterpriseRegistered> context) => cache.InvalidateAsync(CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<EnterpriseUpdated> context) => cache.InvalidateAsync(CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ExpoEventScheduled> context) => cache.InvalidateAsync(CacheScopes.Events);
}
