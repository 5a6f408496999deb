using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>The caller's leads (<see cref="LeadScope"/>), newest first.</summary>
public sealed class ListLeads(LeadsDbContext db, CallerOrganisation organisations)
{
    public async Task<LeadPage> ExecuteAsync(Caller caller, int offset, int size, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        var scope = LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));
        var query = scope switch
        {
            { All: true } => db.Leads.AsNoTracking(),
            { OrganisationId: { } organisationId } => db.Leads.AsNoTracking().Where(l => l.OrganisationId == organisationId),
            { TownId: { } townId } => db.Leads.AsNoTracking().Where(l => l.TownId == townId),
            _ => db.Leads.AsNoTracking().Where(_ => false),
        };
        var total = await query.CountAsync(cancellationToken);
        var leads = await query.OrderByDescending(l => l.Id).Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        return new LeadPage(leads.Take(size).ToList(), total, leads.Count > size);
    }
}
