using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Towns;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>A town's target for a year, to the town itself and admins; a year without one has a target of 0; a town the marketplace does not know, 404.</summary>
public sealed class GetTownTarget(LeadsDbContext db, LeadDirectory directory, TimeProvider clock)
{
    public async Task<TownTarget> ExecuteAsync(Guid townId, int year, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        caller.RequireThat(caller.IsAdmin || caller.IsTown(townId), "see this town's target");
        await directory.EnsureTownKnownAsync(townId, cancellationToken);

        return await db.TownTargets.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId && t.Year == year, cancellationToken)
            ?? TownTarget.Set(townId, year, 0, clock.GetUtcNow());
    }
}
