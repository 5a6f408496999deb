using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Application.Matching;

/// <summary>Town names as Enterprises knows them (from Towns' events), for the towns a result names.</summary>
internal static class TownNames
{
    public static async Task<Dictionary<Guid, string>> OfAsync(EnterprisesDbContext db, IEnumerable<Guid> townIds, CancellationToken cancellationToken)
    {
        var ids = townIds.Distinct().ToList();
        return await db.Towns.AsNoTracking().Where(t => ids.Contains(t.TownId)).ToDictionaryAsync(t => t.TownId, t => t.Name, cancellationToken);
    }
}
