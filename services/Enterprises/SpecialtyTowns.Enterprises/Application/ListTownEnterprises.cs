using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>A town's enterprises, leading ones (龙头企业) first, then by name, a page at a time. Public.</summary>
public sealed class ListTownEnterprises(EnterprisesDbContext db)
{
    public async Task<EnterprisePage> ExecuteAsync(Guid townId, int page, int size, CancellationToken cancellationToken)
    {
        var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken)
            ?? throw new NotFoundException("Town", townId.ToString());
        var query = db.Enterprises.AsNoTracking().Where(e => e.TownId == townId);
        var total = await query.CountAsync(cancellationToken);

        // The id last keeps pages stable when names are equal in the collation.
        var enterprises = await query.OrderByDescending(e => e.Leading).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new EnterprisePage([.. enterprises.Select(e => new EnterpriseView(e, town))], total);
    }
}
