using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Infrastructure;

namespace SpecialtyTowns.Towns.Application;

/// <summary>A town's public profile: anyone may read it.</summary>
public sealed class GetTown(TownsDbContext db)
{
    public async Task<Town> ExecuteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Town", id.ToString());
}
