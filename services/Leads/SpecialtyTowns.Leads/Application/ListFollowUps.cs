using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>A town account's leads due today, overdue or stalled: its own by default, or all of its town's.</summary>
public sealed class ListFollowUps(LeadsDbContext db, LeadViews views, TimeProvider clock)
{
    public async Task<LeadPage> ExecuteAsync(Caller caller, string kind, bool everyOwner, int offset, int size, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var scope = LeadScope.For(caller, null);
        var leads = caller.IsAdmin ? db.Leads.AsNoTracking() : db.Leads.AsNoTracking().Where(l => l.TownId == caller.TownId);
        if (!everyOwner)
        {
            var me = caller.UserId;
            leads = leads.Where(l => l.OwnerId == me);
        }

        var query = FollowUpQueries.Of(leads, kind, clock.GetUtcNow());
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(l => l.NextActionDue).ThenBy(l => l.StageEnteredAt).ThenBy(l => l.Id).Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        return new LeadPage(await views.ManyAsync(page.Take(size).ToList(), scope, cancellationToken), total, page.Count > size);
    }
}
