using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// The best investor organisations for one of the caller's offers (town: its own projects, gaps and
/// town; enterprise: the gaps it posted; admin: any). Only organisations that consent to be contacted,
/// only their public fields; organisations the offer already has a lead with are listed apart (the
/// lead itself only for the town and admins: an enterprise does not see leads).
/// </summary>
public sealed class RecommendInvestors(
    LeadsDbContext db,
    IMatchQueries matches,
    MatchOffers offers,
    MatchExclusions exclusions,
    MatchImpressions impressions,
    IOptions<MatchingOptions> options,
    TimeProvider clock)
{
    public async Task<OrganisationRecommendations> ExecuteAsync(RecommendInvestorsCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var offer = await offers.OwnedAsync(command.Kind, command.OfferId, caller, cancellationToken);
        var excluded = await exclusions.ForOfferAsync(offer, cancellationToken);
        var results = matches.ForOffer(offer.Kind, offer.Id, MatchLimits.Of(command.Limit, options.Value), excluded.Excludes);
        List<Guid> ids = [.. results.Select(r => r.OrganisationId).Concat(excluded.Leads.Keys).Distinct()];
        var organisations = (await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken)).ToDictionary(o => o.Id);

        // The engine drops organisations without consent too; checked again here against the database,
        // which the engine's index follows a moment later.
        var shown = results.Where(r => organisations.TryGetValue(r.OrganisationId, out var o) && o.Profile.ConsentToContact).ToList();
        var shownIds = shown.Select(r => r.OrganisationId).ToList();
        var saved = await db.MatchMarks.AsNoTracking()
            .Where(m => m.Side == MatchSide.Town && m.OfferKind == offer.Kind && m.OfferId == offer.Id && m.Mark == MatchMarkKind.Saved && shownIds.Contains(m.OrganisationId))
            .Select(m => m.OrganisationId).ToListAsync(cancellationToken);
        var seesLeads = caller.Role != Roles.Enterprise;
        // An enterprise sees none of the town's pipeline, not even which organisations are in it.
        var existing = excluded.Leads.Where(pair => seesLeads && organisations.ContainsKey(pair.Key))
            .Select(pair => new ExistingLeadView(
                pair.Key, OfferKindKeys.Investor, organisations[pair.Key].Profile.Name, seesLeads ? pair.Value.LeadId : null, seesLeads ? pair.Value.Stage : null))
            .ToList();
        var context = new ImpressionContext(
            MatchSide.Town, OfferKindKeys.InvestorsList, null, caller.Role == Roles.Enterprise ? null : offer.TownId, caller.Role == Roles.Enterprise ? caller.EnterpriseId : null, offer.Id, caller.Subject);
        var impressionId = await impressions.RecordAsync(context, shown, r => r.OrganisationId, cancellationToken);
        return new OrganisationRecommendations(
            offer,
            [.. shown.Select(r => new RecommendedOrganisation(r, OrganisationCard.Of(organisations[r.OrganisationId]), saved.Contains(r.OrganisationId)))],
            existing,
            clock.GetUtcNow(),
            impressionId);
    }
}
