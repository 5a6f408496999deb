using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Application.Gaps;

/// <summary>Puts the names of towns, enterprises and nodes beside gaps, in three small queries whatever the count.</summary>
public static class ChainGapViews
{
    public static async Task<IReadOnlyList<ChainGapView>> ViewsAsync(this EnterprisesDbContext db, IReadOnlyList<ChainGap> gaps, CancellationToken cancellationToken)
    {
        var townIds = gaps.Select(g => g.TownId).Distinct().ToList();
        var enterpriseIds = gaps.Where(g => g.EnterpriseId is not null).Select(g => g.EnterpriseId!.Value).Distinct().ToList();
        var nodeIds = gaps.Where(g => g.ChainNodeId is not null).Select(g => g.ChainNodeId!.Value).Distinct().ToList();
        var towns = await db.Towns.AsNoTracking().Where(t => townIds.Contains(t.TownId))
            .ToDictionaryAsync(t => t.TownId, t => t.Name, cancellationToken);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => nodeIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, n => new { n.Name, n.Position }, cancellationToken);
        return [.. gaps.Select(g =>
        {
            var node = g.ChainNodeId is { } nodeId ? nodes.GetValueOrDefault(nodeId) : null;
            return new ChainGapView(
                g,
                towns.GetValueOrDefault(g.TownId),
                g.EnterpriseId is { } enterpriseId ? enterprises.GetValueOrDefault(enterpriseId) : null,
                node?.Name,
                node?.Position);
        })];
    }

    public static async Task<ChainGapView> ViewAsync(this EnterprisesDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var gap = await db.ChainGaps.AsNoTracking().SingleAsync(g => g.Id == id, cancellationToken);
        return (await db.ViewsAsync([gap], cancellationToken))[0];
    }
}
