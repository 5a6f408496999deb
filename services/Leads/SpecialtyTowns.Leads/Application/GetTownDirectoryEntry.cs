using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

public sealed class GetTownDirectoryEntry(LeadsDbContext db)
{
    public async Task<TownDirectoryEntry> ExecuteAsync(Guid townId, CancellationToken cancellationToken) =>
        await db.TownDirectory.AsNoTracking().SingleOrDefaultAsync(e => e.TownId == townId, cancellationToken)
            ?? throw new NotFoundException("Town", townId.ToString());
}
