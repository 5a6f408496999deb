using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Towns.Domain.Enterprises;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>What towns' profiles show of their enterprises: count and leading ones (by name), for a page of towns at once.</summary>
public sealed class GetTownEnterprises(TownsDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, TownEnterprises>> ExecuteAsync(IReadOnlyCollection<Guid> townIds, CancellationToken cancellationToken)
    {
        var counts = await db.Enterprises.AsNoTracking()
            .Where(e => townIds.Contains(e.TownId))
            .GroupBy(e => e.TownId)
            .Select(g => new { TownId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TownId, g => g.Count, cancellationToken);
        var leading = await db.Enterprises.AsNoTracking()
            .Where(e => townIds.Contains(e.TownId) && e.Leading)
            .OrderBy(e => e.Name)
            .ToListAsync(cancellationToken);
        return townIds.Distinct().ToDictionary(
            id => id,
            id => new TownEnterprises(counts.GetValueOrDefault(id), leading.Where(e => e.TownId == id).ToList()));
    }
}
