using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>The caller's leads (<see cref="LeadScope"/>), newest first.</summary>
public sealed class ListLeads(LeadsDbContext db)
{
    public async Task<LeadPage> ExecuteAsync(Caller caller, int offset, int size, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        var scope = LeadScope.For(caller);
        var query = scope switch
        {
            { All: true } => db.Leads.AsNoTracking(),
            { InvestorId: { } investorId } => db.Leads.AsNoTracking().Where(l => l.InvestorId == investorId),
            { TownId: { } townId } => db.Leads.AsNoTracking().Where(l => l.TownId == townId),
            _ => db.Leads.AsNoTracking().Where(_ => false),
        };
        var total = await query.CountAsync(cancellationToken);
        var leads = await query.OrderByDescending(l => l.Id).Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        return new LeadPage(leads.Take(size).ToList(), total, leads.Count > size);
    }
}
