using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

/// <summary>A lead the caller may see (<see cref="LeadScope"/>), with that scope; anyone else's answers like a missing one.</summary>
public sealed class LeadAccess(LeadsDbContext db, CallerOrganisation organisations)
{
    public async Task<(Lead Lead, LeadScope Scope)> VisibleAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        var lead = await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        var scope = LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));
        if (lead is null || !scope.Includes(lead))
        {
            throw new NotFoundException("Lead", id.ToString());
        }

        return (lead, scope);
    }
}
