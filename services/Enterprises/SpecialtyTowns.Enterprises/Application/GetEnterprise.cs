using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>An enterprise's public profile with its town: anyone may read it (contacts are the adapter's to hide).</summary>
public sealed class GetEnterprise(EnterprisesDbContext db)
{
    public async Task<EnterpriseView> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", id.ToString());
        var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == enterprise.TownId, cancellationToken);
        return new EnterpriseView(enterprise, town);
    }
}
