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
    IConsumer<TownEnterprisesChanged>,
    IConsumer<EnterpriseRegistered>,
    IConsumer<EnterpriseUpdated>,
    IConsumer<ChainGapPosted>,
    IConsumer<ChainGapUpdated>,
    IConsumer<ChainGapFilled>,
    IConsumer<ChainGapWithdrawn>,
    IConsumer<ChainNodeChanged>,
    IConsumer<ExpoEventScheduled>,
    IConsumer<ProjectPublished>,
    IConsumer<ProjectUpdated>,
    IConsumer<ProjectStatusChanged>,
    IConsumer<ProjectWithdrawn>
{
    /// <summary>Named here, not after the class, so a rename does not leave the durable queue behind.</summary>
    public const string Queue = "gateway-cache-invalidation";

    public Task Consume(ConsumeContext<TownRegistered> context) => InvalidateAsync(CacheScopes.Towns, CacheScopes.Search);

    public Task Consume(ConsumeContext<TownUpdated> context) => InvalidateAsync(CacheScopes.Towns, CacheScopes.Search);

    // Towns' own word that a town's enterprise count or leading enterprises changed (after it consumed Enterprises' events).
    public Task Consume(ConsumeContext<TownEnterprisesChanged> context) => cache.InvalidateAsync(CacheScopes.Towns);

    // A town's chain map shows its public projects.
    public Task Consume(ConsumeContext<ProjectPublished> context) => InvalidateAsync(CacheScopes.Search, CacheScopes.Chains);

    public Task Consume(ConsumeContext<ProjectUpdated> context) => InvalidateAsync(CacheScopes.Search, CacheScopes.Chains);

    public Task Consume(ConsumeContext<ProjectStatusChanged> context) => InvalidateAsync(CacheScopes.Search, CacheScopes.Chains);

    public Task Consume(ConsumeContext<ProjectWithdrawn> context) => InvalidateAsync(CacheScopes.Search, CacheScopes.Chains);

    public Task Consume(ConsumeContext<EnterpriseRegistered> context) => InvalidateAsync(CacheScopes.Enterprises, CacheScopes.Chains, CacheScopes.Search);

    public Task Consume(ConsumeContext<EnterpriseUpdated> context) => InvalidateAsync(CacheScopes.Enterprises, CacheScopes.Chains, CacheScopes.Search);

    public Task Consume(ConsumeContext<ChainNodeChanged> context) => InvalidateAsync(CacheScopes.Chains, CacheScopes.Search, CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ChainGapPosted> context) => InvalidateAsync(CacheScopes.Chains, CacheScopes.Search, CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ChainGapUpdated> context) => InvalidateAsync(CacheScopes.Chains, CacheScopes.Search, CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ChainGapFilled> context) => InvalidateAsync(CacheScopes.Chains, CacheScopes.Search, CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ChainGapWithdrawn> context) => InvalidateAsync(CacheScopes.Chains, CacheScopes.Search, CacheScopes.Enterprises);

    public Task Consume(ConsumeContext<ExpoEventScheduled> context) => cache.InvalidateAsync(CacheScopes.Events);

    private async Task InvalidateAsync(params string[] scopes)
    {
        foreach (var scope in scopes)
        {
            await cache.InvalidateAsync(scope);
        }
    }
}
