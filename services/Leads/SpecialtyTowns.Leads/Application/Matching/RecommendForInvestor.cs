using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// The signed-in investor's organisation's best projects, towns or gaps (an admin names the
/// organisation), past the pairs the database excludes; offers it already has a lead with are
/// listed apart. Every served list is stored as an impression with RecommendationsShown.
/// </summary>
public sealed class RecommendForInvestor(
    LeadsDbContext db,
    IMatchQueries matches,
    CallerOrganisation organisations,
    MatchExclusions exclusions,
    OfferCards cards,
    MatchImpressions impressions,
    IOptions<MatchingOptions> options,
    TimeProvider clock)
{
    public const string OrganisationRule = "investor-organisation-required";

    public async Task<InvestorRecommendations> ExecuteAsync(RecommendForInvestorCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor, Roles.Admin);
        var organisationId = await OrganisationOfAsync(command, caller, cancellationToken);
        var limit = MatchLimits.Of(command.Limit, options.Value);
        var excluded = await exclusions.ForOrganisationAsync(organisationId, command.Kind, cancellationToken);
        var results = matches.ForInvestor(organisationId, command.Kind, limit, excluded.Excludes);
        var offers = await cards.LoadAsync(command.Kind, [.. results.Select(r => r.OfferId).Concat(excluded.Leads.Keys).Distinct()], cancellationToken);
        var shown = results.Where(r => offers.ContainsKey(r.OfferId)).ToList();
        var offerIds = shown.Select(r => r.OfferId).ToList();
        var saved = await db.MatchMarks.AsNoTracking()
            .Where(m => m.Side == MatchSide.Investor && m.OrganisationId == organisationId && m.OfferKind == command.Kind && m.Mark == MatchMarkKind.Saved && offerIds.Contains(m.OfferId))
            .Select(m => m.OfferId).ToListAsync(cancellationToken);
        var kind = OfferKindKeys.Of(command.Kind);
        var existing = excluded.Leads.Where(pair => offers.ContainsKey(pair.Key))
            .Select(pair => new ExistingLeadView(pair.Key, kind, offers[pair.Key].Title, pair.Value.LeadId, pair.Value.Stage)).ToList();
        var context = new ImpressionContext(MatchSide.Investor, OfferKindKeys.ListOf(command.Kind), organisationId, null, null, null, caller.Subject);
        var impressionId = await impressions.RecordAsync(context, shown, r => r.OfferId, cancellationToken);
        return new InvestorRecommendations(
            organisationId, [.. shown.Select(r => new RecommendedOffer(r, offers[r.OfferId], saved.Contains(r.OfferId)))], existing, clock.GetUtcNow(), impressionId);
    }

    private async Task<Guid> OrganisationOfAsync(RecommendForInvestorCommand command, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.IsAdmin)
        {
            var named = command.OrganisationId ?? throw new InvalidValueException("organisation_id", "is required for an admin (whose list to show)");
            return await db.Organisations.AnyAsync(o => o.Id == named, cancellationToken) ? named : throw new NotFoundException("Organisation", named.ToString());
        }

        var own = await organisations.FindAsync(caller, cancellationToken)
            ?? throw new BusinessRuleException(OrganisationRule, "Save your organisation's profile (PUT /api/v1/investors/me) before asking for recommendations");
        if (command.OrganisationId is { } other && other != own)
        {
            throw new ForbiddenException("An investor sees its own organisation's recommendations only");
        }

        return own;
    }
}
