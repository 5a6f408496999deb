using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Deals;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Deals;

/// <summary>Reading deals the way every deal use case needs: scoped to the caller, with their names, a page at a time.</summary>
public static class DealViews
{
    /// <summary>The deals a caller sees (<see cref="DealAccess"/>); an admin or a town may narrow to one town, a town only to its own.</summary>
    public static IQueryable<Deal> Visible(this LeadsDbContext db, Caller caller, LeadScope scope, Guid? townId)
    {
        if (townId is { } named && !scope.All && named != scope.TownId)
        {
            throw new ForbiddenException($"{caller.Role} may list its own deals only, not town {named}'s");
        }

        var deals = db.Deals.AsNoTracking().Include(d => d.Funds);
        return scope switch
        {
            { All: true } when townId is { } town => deals.Where(d => d.TownId == town),
            { All: true } => deals,
            { OrganisationId: { } organisationId } => deals.Where(d => d.OrganisationId == organisationId),
            { TownId: { } own } => deals.Where(d => d.TownId == own),
            _ => deals.Where(_ => false),
        };
    }

    public static async Task<DealPage> PageAsync(this LeadsDbContext db, IQueryable<Deal> ordered, int offset, int size, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var deals = await ordered.Skip(offset).Take(size + 1).AsSplitQuery().ToListAsync(cancellationToken);
        var views = await db.ViewsAsync(deals.Take(size).ToList(), cancellationToken);
        return new DealPage(views, total, deals.Count > size);
    }

    public static async Task<IReadOnlyList<DealView>> ViewsAsync(this LeadsDbContext db, IReadOnlyList<Deal> deals, CancellationToken cancellationToken)
    {
        var townIds = deals.Select(d => d.TownId).Distinct().ToList();
        var organisationIds = deals.Select(d => d.OrganisationId).Distinct().ToList();
        var projectIds = deals.Where(d => d.ProjectId is not null).Select(d => d.ProjectId!.Value).Distinct().ToList();
        var towns = await db.TownDirectory.AsNoTracking().Where(t => townIds.Contains(t.TownId)).ToDictionaryAsync(t => t.TownId, t => t.Name, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Profile.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var projects = await db.ProjectDirectory.AsNoTracking().Where(p => projectIds.Contains(p.ProjectId))
            .ToDictionaryAsync(p => p.ProjectId, p => p.Title, cancellationToken);
        return deals.Select(d => new DealView(
            d,
            towns.GetValueOrDefault(d.TownId),
            organisations.GetValueOrDefault(d.OrganisationId),
            d.ProjectId is { } project ? projects.GetValueOrDefault(project) : null)).ToList();
    }
}
