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
    IConsumer<ExpoEventScheduled>
{
    public Task Consume(ConsumeContext<TownRegistered> context) => cache.InvalidateAsync(CacheScopes.Towns);

    public Task Consume(ConsumeContext<TownUpdated> context) => cache.InvalidateAsync(CacheScopes.Towns);

    public Task Consume(ConsumeContext<EnterpriseRegistered> context) => cache.InvalidateAsync(CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<EnterpriseUpdated> context) => cache.InvalidateAsync(CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ExpoEventScheduled> context) => cache.InvalidateAsync(CacheScopes.Events);
}
