using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application;

public sealed class GetExhibitorTown(ExpoDbContext db)
{
    public async Task<ExhibitorTown> ExecuteAsync(Guid townId, CancellationToken cancellationToken) =>
        await db.ExhibitorTowns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken)
            ?? throw new NotFoundException("Town", townId.ToString());
}
