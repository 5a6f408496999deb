using SpecialtyTowns.Search.Hosting;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>
/// Re-reads a town's enterprises (their chain positions) and gaps (node name, products, position) into this replica's
/// index; what <see cref="SearchIndexUpdater"/> does on every replica for ChainNodeChanged, for callers that wrote
/// nodes to the database directly (tests, bulk loads).
/// </summary>
public sealed class ChainSearchIndex(SearchIndexRefresh refresh, SearchIndexUpdates<SearchDocument> updates)
{
    /// <summary>Call after a node of <paramref name="townId"/> was added, changed or removed and saved.</summary>
    public Task ChainNodeChangedAsync(Guid townId, CancellationToken cancellationToken) =>
        updates.ApplyAsync(ct => refresh.TownAsync(townId, heard: null, ct), cancellationToken);
}
