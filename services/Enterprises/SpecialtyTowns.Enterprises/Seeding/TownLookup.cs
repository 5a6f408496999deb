using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Seeding;

public sealed class TownLookup(EnterprisesDbContext db) : ITownLookup
{
    public Task<TownEntry?> FindAsync(Guid townId, CancellationToken cancellationToken) =>
        db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken);

    public async Task<IReadOnlyList<Guid>> AllAsync(CancellationToken cancellationToken) =>
        await db.Towns.AsNoTracking().Select(t => t.TownId).ToListAsync(cancellationToken);
}
