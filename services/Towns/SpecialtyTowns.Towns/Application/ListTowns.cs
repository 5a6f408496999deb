using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>All towns, a page at a time: anyone may list them.</summary>
public sealed class ListTowns(TownsDbContext db)
{
    public async Task<TownPage> ExecuteAsync(int offset, int size, CancellationToken cancellationToken)
    {
        // Ids are time-ordered (UUIDv7), so the order is stable while towns are being added.
        var towns = await db.Towns.AsNoTracking().OrderBy(t => t.Id).Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        var total = await db.Towns.CountAsync(cancellationToken);
        return new TownPage(towns.Take(size).ToList(), total, towns.Count > size);
    }
}
