using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;

namespace SpecialtyTowns.Expo.Application;

/// <summary>
/// Records a town's names from a registration or an update, whichever arrives first: the
/// first makes the exhibitor, later ones rename it unless they are older than what it has.
/// </summary>
public sealed class LearnTownNames(ExpoDbContext db, TimeProvider clock)
{
    /// <returns>Whether the exhibitor was added or renamed.</returns>
    public async Task<bool> ExecuteAsync(Guid townId, string name, string? nameEn, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var town = await db.ExhibitorTowns.SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken);
        if (town is not null)
        {
            return town.Rename(name, nameEn, asOf, clock.GetUtcNow());
        }

        db.ExhibitorTowns.Add(ExhibitorTown.Learn(townId, name, nameEn, asOf, clock.GetUtcNow()));
        return true;
    }
}
