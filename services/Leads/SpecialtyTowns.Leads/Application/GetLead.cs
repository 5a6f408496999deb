using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application;

public sealed class GetLead(LeadsDbContext db, CallerOrganisation organisations, LeadViews views)
{
    public async Task<LeadView> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        var scope = LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));

        // Someone else's lead is answered exactly like a missing one: its existence is private too.
        if (lead is null || !scope.Includes(lead))
        {
            throw new NotFoundException("Lead", id.ToString());
        }

        return await views.OneAsync(lead, scope, cancellationToken);
    }
}
