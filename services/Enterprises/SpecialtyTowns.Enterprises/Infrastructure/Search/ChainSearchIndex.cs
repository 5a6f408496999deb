using SpecialtyTowns.Search.Hosting;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>
/// The hook of the chain use cases: a node's change reaches the town's enterprises (their chain positions) and gaps
/// (node name, products, position). Chain nodes publish no event, so this updates this replica's index only; other
/// replicas catch up at their next start or with the town's next event.
/// </summary>
public sealed class ChainSearchIndex(SearchIndexRefresh refresh, SearchIndexUpdates<SearchDocument> updates)
{
    /// <summary>Call after a node of <paramref name="townId"/> was added, changed or removed and saved.</summary>
    public Task ChainNodeChangedAsync(Guid townId, CancellationToken cancellationToken) =>
        updates.ApplyAsync(ct => refresh.TownAsync(townId, heard: null, ct), cancellationToken);
}
