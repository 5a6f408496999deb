using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>Chains and gaps belong to towns Enterprises has heard of from Towns (as enterprises do).</summary>
public static class KnownTowns
{
    public static async Task<TownEntry> RequireTownAsync(this EnterprisesDbContext db, Guid townId, CancellationToken cancellationToken) =>
        await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken)
            ?? throw new NotFoundException("Town", townId.ToString());
}
