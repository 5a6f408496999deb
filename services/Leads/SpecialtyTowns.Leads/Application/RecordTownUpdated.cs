using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Brings a town's directory entry up to date; an update older than what is known changes nothing.</summary>
public sealed class RecordTownUpdated(LeadsDbContext db, TimeProvider clock)
{
    /// <returns>Whether the entry changed.</returns>
    public async Task<bool> ExecuteAsync(TownUpdated town, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.TownDirectory.SingleOrDefaultAsync(e => e.TownId == town.TownId, cancellationToken) is { } entry)
        {
            return entry.ApplyUpdate(town.Name, town.MainIndustry, town.City, town.UpdatedAt, now);
        }

        db.TownDirectory.Add(TownDirectoryEntry.Updated(town.TownId, town.Name, town.MainIndustry, town.City, town.UpdatedAt, now));
        return true;
    }
}
