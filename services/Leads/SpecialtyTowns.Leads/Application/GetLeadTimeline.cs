using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// The timeline of a lead the caller sees. Internal notes, and who moved the lead and why, are the
/// town's: the investor gets its stage changes and the entries both sides share, never the town's notes.
/// </summary>
public sealed class GetLeadTimeline(LeadsDbContext db, LeadAccess access)
{
    public async Task<LeadTimeline> ExecuteAsync(Guid leadId, Caller caller, CancellationToken cancellationToken)
    {
        var (lead, scope) = await access.VisibleAsync(leadId, caller, cancellationToken);
        var works = scope.Works(lead);
        var changes = await db.LeadStageChanges.AsNoTracking().Where(c => c.LeadId == leadId).OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var activities = await db.LeadActivities.AsNoTracking()
            .Where(a => a.LeadId == leadId && (works || !a.Internal))
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return new LeadTimeline(leadId, changes, activities, works);
    }
}
