using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.Leads.Infrastructure;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// The hard exclusions the engine cannot know, read per request: a not-interested mark of EITHER side
/// on the pair, a lost (declined) lead of the pair, and a lead of the pair that is not lost (shown as
/// an existing lead). A pair's lead is one for exactly that project or gap; for a town, one with the
/// town itself (no project, no gap), as the lead's open key counts them.
/// </summary>
public sealed class MatchExclusions(LeadsDbContext db)
{
    /// <summary>An organisation's pairs with offers of a kind, keyed by the offer.</summary>
    public async Task<PairExclusions> ForOrganisationAsync(Guid organisationId, OfferKind kind, CancellationToken cancellationToken)
    {
        var marked = await db.MatchMarks.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.OfferKind == kind && m.Mark == MatchMarkKind.NotInterested)
            .Select(m => m.OfferId).ToListAsync(cancellationToken);
        var leads = db.Leads.AsNoTracking().Where(l => l.OrganisationId == organisationId);
        leads = kind switch
        {
            OfferKind.Project => leads.Where(l => l.ProjectId != null),
            OfferKind.Gap => leads.Where(l => l.GapId != null),
            _ => leads.Where(l => l.ProjectId == null && l.GapId == null),
        };
        var rows = await leads.Select(l => new LeadRow(l.Id, l.ProjectId, l.GapId, l.TownId, l.OrganisationId, l.Stage, l.CreatedAt)).ToListAsync(cancellationToken);
        return Build(marked, rows, row => kind switch
        {
            OfferKind.Project => row.ProjectId!.Value,
            OfferKind.Gap => row.GapId!.Value,
            _ => row.TownId,
        });
    }

    /// <summary>An offer's pairs with organisations, keyed by the organisation.</summary>
    public async Task<PairExclusions> ForOfferAsync(MatchOffer offer, CancellationToken cancellationToken)
    {
        var marked = await db.MatchMarks.AsNoTracking()
            .Where(m => m.OfferKind == offer.Kind && m.OfferId == offer.Id && m.Mark == MatchMarkKind.NotInterested)
            .Select(m => m.OrganisationId).ToListAsync(cancellationToken);
        // An offer's leads are its town's: the town narrows the read to the town's leads (indexed).
        var ofTown = db.Leads.AsNoTracking().Where(l => l.TownId == offer.TownId);
        var leads = offer.Kind switch
        {
            OfferKind.Project => ofTown.Where(l => l.ProjectId == offer.Id),
            OfferKind.Gap => ofTown.Where(l => l.GapId == offer.Id),
            _ => ofTown.Where(l => l.ProjectId == null && l.GapId == null),
        };
        var rows = await leads.Select(l => new LeadRow(l.Id, l.ProjectId, l.GapId, l.TownId, l.OrganisationId, l.Stage, l.CreatedAt)).ToListAsync(cancellationToken);
        return Build(marked, rows, row => row.OrganisationId);
    }

    private static PairExclusions Build(IEnumerable<Guid> marked, IReadOnlyList<LeadRow> rows, Func<LeadRow, Guid> keyOf)
    {
        HashSet<Guid> excluded = [.. marked];
        var leads = new Dictionary<Guid, PairLead>();
        foreach (var row in rows.OrderByDescending(r => r.CreatedAt))
        {
            var key = keyOf(row);
            if (row.Stage == LeadStage.Lost)
            {
                excluded.Add(key);
            }
            else
            {
                leads.TryAdd(key, new PairLead(row.Id, row.Stage));
            }
        }

        return new PairExclusions(excluded, leads);
    }

    private sealed record LeadRow(Guid Id, Guid? ProjectId, Guid? GapId, Guid TownId, Guid OrganisationId, LeadStage Stage, DateTimeOffset CreatedAt);
}
