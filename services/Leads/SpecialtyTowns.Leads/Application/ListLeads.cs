using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>The caller's leads (<see cref="LeadScope"/>), filtered and ordered.</summary>
public sealed class ListLeads(LeadsDbContext db, CallerOrganisation organisations, LeadViews views)
{
    public static readonly IReadOnlyList<string> Orders = ["created", "updated", "due", "amount"];

    public async Task<LeadPage> ExecuteAsync(Caller caller, LeadFilter filter, int offset, int size, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var query = Query(scope, filter);
        var total = await query.CountAsync(cancellationToken);
        var leads = await Ordered(query, IsInvestors(scope) && filter.OrderBy is "due" or "amount" ? "created" : filter.OrderBy).Skip(offset).Take(size + 1).ToListAsync(cancellationToken);
        return new LeadPage(await views.ManyAsync(leads.Take(size).ToList(), scope, cancellationToken), total, leads.Count > size);
    }

    /// <summary>The scope of a caller who may list leads at all (investors, towns, admins).</summary>
    public async Task<LeadScope> ScopeAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Town, Roles.Admin);
        return LeadScope.For(caller, await organisations.FindAsync(caller, cancellationToken));
    }

    /// <summary>The leads of <paramref name="scope"/> that <paramref name="filter"/> keeps, unordered (the export reads it too).</summary>
    public IQueryable<Lead> Query(LeadScope scope, LeadFilter filter)
    {
        // The owner, due date and amount are the town's working fields: an investor may neither filter nor sort by them.
        if (IsInvestors(scope))
        {
            filter = filter with { OwnerId = null, OrderBy = filter.OrderBy is "due" or "amount" ? "created" : filter.OrderBy };
        }

        var query = scope switch
        {
            { All: true } => db.Leads.AsNoTracking(),
            { OrganisationId: { } organisationId } => db.Leads.AsNoTracking().Where(l => l.OrganisationId == organisationId),
            { TownId: { } townId } => db.Leads.AsNoTracking().Where(l => l.TownId == townId),
            _ => db.Leads.AsNoTracking().Where(_ => false),
        };
        if (filter.Stages.Count > 0)
        {
            var stages = filter.Stages.ToList();
            query = query.Where(l => stages.Contains(l.Stage));
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

    private static bool IsInvestors(LeadScope scope) => scope is { All: false, OrganisationId: not null };

    public static IQueryable<Lead> Ordered(IQueryable<Lead> query, string orderBy) => orderBy switch
    {
        "updated" => query.OrderByDescending(l => l.UpdatedAt).ThenByDescending(l => l.Id),
        "due" => query.OrderBy(l => l.NextActionDue == null).ThenBy(l => l.NextActionDue).ThenByDescending(l => l.Id),
        "amount" => query.OrderBy(l => l.ExpectedAmountFen == null).ThenByDescending(l => l.ExpectedAmountFen).ThenByDescending(l => l.Id),
        _ => query.OrderByDescending(l => l.Id),
    };
}
