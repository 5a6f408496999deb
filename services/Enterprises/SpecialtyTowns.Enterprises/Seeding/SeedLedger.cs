using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Which seed item (by its stable key in the data file) became which row, per town. The seed steps
/// match on it, not on a name or title the town may change; an entry outlives its row, so an item
/// the town renamed or removed is never seeded again. Items seeded before keys were recorded are
/// found once by their name and recorded then.
/// </summary>
public sealed class SeedLedger(EnterprisesDbContext db)
{
    public const string Enterprise = "enterprise";
    public const string ChainNode = "chain-node";
    public const string ChainGap = "chain-gap";

    /// <returns>The seeded rows of one kind in the town, by seed key.</returns>
    public async Task<Dictionary<string, Guid>> ReadAsync(string kind, Guid townId, CancellationToken cancellationToken) =>
        await db.Set<SeededItem>().AsNoTracking()
            .Where(i => i.Kind == kind && i.TownId == townId)
            .ToDictionaryAsync(i => i.SeedKey, i => i.ItemId, StringComparer.Ordinal, cancellationToken);

    /// <summary>In the caller's transaction when it has one; a key recorded already (a concurrent run) stays as it is.</summary>
    public Task RecordAsync(string kind, Guid townId, string seedKey, Guid itemId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO seeded_items (kind, town_id, seed_key, item_id, seeded_at) VALUES ({kind}, {townId}, {seedKey}, {itemId}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
}
