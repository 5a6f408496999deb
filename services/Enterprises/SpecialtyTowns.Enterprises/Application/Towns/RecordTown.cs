using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Application.Towns;

/// <summary>
/// Keeps the TownEntry projection from Towns' TownRegistered and TownUpdated. Either may come
/// first: the one with the newer time wins, an older one changes nothing.
/// </summary>
public sealed class RecordTown(EnterprisesDbContext db)
{
    /// <returns>Whether the entry was created or changed.</returns>
    public async Task<bool> ExecuteAsync(TownSnapshot town, CancellationToken cancellationToken)
    {
        if (await db.Towns.SingleOrDefaultAsync(t => t.TownId == town.TownId, cancellationToken) is { } entry)
        {
            return entry.Apply(town.Name, town.NameEn, town.City, town.County, town.AsOf);
        }

        db.Towns.Add(TownEntry.Create(town.TownId, town.Name, town.NameEn, town.City, town.County, town.AsOf));
        return true;
    }
}
