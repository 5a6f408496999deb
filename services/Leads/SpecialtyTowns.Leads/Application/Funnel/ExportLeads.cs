using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>
/// Every lead of the caller's <see cref="LeadScope"/> (as ListLeads) matching the filter, newest first, read in
/// batches so a town's whole history streams in constant memory.
/// </summary>
public sealed class ExportLeads(LeadsDbContext db, CallerOrganisation organisations)
{
    private const int BatchSize = 500;

    public async IAsyncEnumerable<ExportedLead> ExecuteAsync(ExportFilter filter, Caller caller, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        var scope = LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));
        var query = Filtered(Scoped(scope), filter);
        for (var offset = 0; ; offset += BatchSize)
        {
            var leads = await query.OrderByDescending(l => l.Id).Skip(offset).Take(BatchSize).ToListAsync(cancellationToken);
            if (leads.Count == 0)
            {
                yield break;
            }

            var organisationIds = leads.Select(l => l.OrganisationId).Distinct().ToList();
            var townIds = leads.Select(l => l.TownId).Distinct().ToList();
            var organisationNames = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Profile.Name, cancellationToken);
            var townNames = await db.TownDirectory.AsNoTracking().Where(t => townIds.Contains(t.TownId))
                .ToDictionaryAsync(t => t.TownId, t => t.Name, cancellationToken);
            foreach (var lead in leads)
            {
                yield return new ExportedLead(lead, organisationNames.GetValueOrDefault(lead.OrganisationId, string.Empty), townNames.GetValueOrDefault(lead.TownId, string.Empty), scope.Works(lead));
            }
        }
    }

    private IQueryable<Lead> Scoped(LeadScope scope) => scope switch
    {
        { All: true } => db.Leads.AsNoTracking(),
        { OrganisationId: { } organisationId } => db.Leads.AsNoTracking().Where(l => l.OrganisationId == organisationId),
        { TownId: { } townId } => db.Leads.AsNoTracking().Where(l => l.TownId == townId),
        _ => db.Leads.AsNoTracking().Where(_ => false),
    };

    private static IQueryable<Lead> Filtered(IQueryable<Lead> query, ExportFilter filter)
    {
        if (filter.Stages.Count > 0)
        {
            query = query.Where(l => filter.Stages.Contains(l.Stage));
        }

        if (filter.OwnerId is { } owner)
        {
            query = query.Where(l => l.OwnerId == owner);
        }

        if (filter.ProjectId is { } project)
        {
            query = query.Where(l => l.ProjectId == project);
        }

        if (filter.GapId is { } gap)
        {
            query = query.Where(l => l.GapId == gap);
        }

        if (filter.OrganisationId is { } organisation)
        {
            query = query.Where(l => l.OrganisationId == organisation);
        }

        return filter.TownId is { } town ? query.Where(l => l.TownId == town) : query;
    }
}
