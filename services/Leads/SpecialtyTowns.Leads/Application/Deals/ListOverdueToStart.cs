using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>
/// Signed deals still standing whose planned start (in China) has passed without construction starting,
/// longest overdue first: the list the province counts against 开工率. A town's and admins' work list.
/// </summary>
public sealed class ListOverdueToStart(LeadsDbContext db, TimeProvider clock)
{
    public async Task<DealPage> ExecuteAsync(Guid? townId, int offset, int size, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var today = PlausibleDates.TodayInChina(clock.GetUtcNow());
        var deals = db.Visible(caller, LeadScope.For(caller, null), townId)
            .Where(d => d.TerminatedAt == null && d.ConstructionStartedOn == null && d.ProductionStartedOn == null && d.PlannedStartOn < today)
            .OrderBy(d => d.PlannedStartOn).ThenBy(d => d.Id);
        return await db.PageAsync(deals, offset, size, cancellationToken);
    }
}
