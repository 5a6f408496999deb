using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application;

/// <summary>An enterprise's public profile: anyone may read it.</summary>
public sealed class GetEnterprise(EnterprisesDbContext db)
{
    public async Task<Enterprise> ExecuteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("Enterprise", id.ToString());
}
