using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>The caller's deals, latest signed first.</summary>
public sealed class ListDeals(LeadsDbContext db, CallerOrganisation organisations)
{
    public async Task<DealPage> ExecuteAsync(ListDealsQuery query, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        var scope = LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));
        var deals = db.Visible(caller, scope, query.TownId);
        if (query.SignedFrom is { } from)
        {
            deals = deals.Where(d => d.SignedOn >= from);
        }

        if (query.SignedTo is { } to)
        {
            deals = deals.Where(d => d.SignedOn <= to);
        }

        return await db.PageAsync(deals.OrderByDescending(d => d.SignedOn).ThenByDescending(d => d.Id), query.Offset, query.Size, cancellationToken);
    }
}
