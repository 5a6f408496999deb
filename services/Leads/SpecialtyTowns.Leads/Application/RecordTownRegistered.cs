using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Adds a registered town to the directory, or completes the entry an earlier-arriving update made.</summary>
public sealed class RecordTownRegistered(LeadsDbContext db, TimeProvider clock)
{
    public async Task ExecuteAsync(TownRegistered town, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.TownDirectory.SingleOrDefaultAsync(e => e.TownId == town.TownId, cancellationToken) is { } entry)
        {
            entry.ApplyRegistration(town.Name, town.MainIndustry, town.Category, town.City, town.RegisteredAt, now);
            return;
        }

        db.TownDirectory.Add(TownDirectoryEntry.Registered(town.TownId, town.Name, town.MainIndustry, town.Category, town.City, town.RegisteredAt, now));
    }
}
