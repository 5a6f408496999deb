using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>
/// A town's chain map for anyone: nodes by position then order, its enterprises (leading first),
/// its open and in-talks gaps (newest first). A town without a chain yet has an empty map.
/// </summary>
public sealed class GetTownChain(EnterprisesDbContext db)
{
    public async Task<TownChainView> ExecuteAsync(Guid townId, CancellationToken cancellationToken)
    {
        var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken);

        // Positions are stored by name, so the chain's order (upstream first) is put in here, not in SQL.
        var nodes = (await db.ChainNodes.AsNoTracking().Where(n => n.TownId == townId).ToListAsync(cancellationToken))
            .OrderBy(n => n.Position).ThenBy(n => n.SortOrder).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        var sought = await db.ChainGaps.AsNoTracking()
            .Where(g => g.TownId == townId && (g.Status == GapStatus.Open || g.Status == GapStatus.InTalks))
            .OrderByDescending(g => g.Id)
            .ToListAsync(cancellationToken);
        var counts = sought.Where(g => g.ChainNodeId is not null).GroupBy(g => g.ChainNodeId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.TownId == townId)
            .OrderByDescending(e => e.Leading).ThenBy(e => e.Name).ToListAsync(cancellationToken);
        var updatedAt = nodes.Count == 0 ? (DateTimeOffset?)null : nodes.Max(n => n.UpdatedAt);
        return new TownChainView(townId, town, nodes, counts, enterprises, await db.ViewsAsync(sought, cancellationToken), updatedAt);
    }
}
