using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application;

/// <summary>Loads the names and deals a page of leads is shown with, in one query per kind.</summary>
public sealed class LeadViews(LeadsDbContext db)
{
    public async Task<LeadView> OneAsync(Lead lead, LeadScope scope, CancellationToken cancellationToken) =>
        (await ManyAsync([lead], scope, cancellationToken))[0];

    public async Task<IReadOnlyList<LeadView>> ManyAsync(IReadOnlyList<Lead> leads, LeadScope scope, CancellationToken cancellationToken)
    {
        var organisationIds = leads.Select(l => l.OrganisationId).Distinct().ToList();
        var townIds = leads.Select(l => l.TownId).Distinct().ToList();
        var projectIds = leads.Where(l => l.ProjectId.HasValue).Select(l => l.ProjectId!.Value).Distinct().ToList();
        var gapIds = leads.Where(l => l.GapId.HasValue).Select(l => l.GapId!.Value).Distinct().ToList();
        var leadIds = leads.Select(l => l.Id).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Profile.Name, cancellationToken);
        var towns = await db.TownDirectory.AsNoTracking().Where(t => townIds.Contains(t.TownId)).ToDictionaryAsync(t => t.TownId, t => t.Name, cancellationToken);
        var projects = projectIds.Count == 0 ? [] : await db.ProjectDirectory.AsNoTracking().Where(p => projectIds.Contains(p.ProjectId)).ToDictionaryAsync(p => p.ProjectId, p => p.Title, cancellationToken);
        var gaps = gapIds.Count == 0 ? [] : await db.GapDirectory.AsNoTracking().Where(g => gapIds.Contains(g.GapId)).ToDictionaryAsync(g => g.GapId, g => g.Title, cancellationToken);
        var deals = await db.Deals.AsNoTracking().Where(d => leadIds.Contains(d.LeadId) && d.TerminatedAt == null).ToDictionaryAsync(d => d.LeadId, d => d.Id, cancellationToken);
        return [.. leads.Select(l => new LeadView(
            l,
            organisations.GetValueOrDefault(l.OrganisationId, string.Empty),
            towns.GetValueOrDefault(l.TownId, string.Empty),
            l.ProjectId is { } p ? projects.GetValueOrDefault(p) : null,
            l.GapId is { } g ? gaps.GetValueOrDefault(g) : null,
            deals.TryGetValue(l.Id, out var deal) ? deal : null,
            scope.Works(l)))];
    }
}
