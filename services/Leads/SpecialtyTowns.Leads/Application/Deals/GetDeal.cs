using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Deals;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>One deal with its funds, for its town, its organisation's members and admins.</summary>
public sealed class GetDeal(LeadsDbContext db, CallerOrganisation organisations)
{
    public async Task<DealView> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var deal = await db.Deals.AsNoTracking().Include(d => d.Funds).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var scope = LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));

        // Someone else's deal is answered exactly like a missing one, as its lead is.
        if (deal is null || !DealAccess.Sees(scope, deal))
        {
            throw new NotFoundException("Deal", id.ToString());
        }

        return (await db.ViewsAsync([deal], cancellationToken))[0];
    }
}
