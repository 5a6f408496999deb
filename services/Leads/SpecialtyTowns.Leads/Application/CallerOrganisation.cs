using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>The organisation an investor caller belongs to (null for other roles or before its first save).</summary>
public sealed class CallerOrganisation(LeadsDbContext db)
{
    public async Task<Guid?> FindAsync(Caller caller, CancellationToken cancellationToken) =>
        caller.Role == Roles.Investor && caller.UserId != Guid.Empty
            ? await db.OrganisationMembers.AsNoTracking().Where(m => m.UserId == caller.UserId).Select(m => (Guid?)m.OrganisationId).SingleOrDefaultAsync(cancellationToken)
            : null;
}
