using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// Finds an offer in the directory and says who may act for it on the town side: its town, the
/// enterprise that posted a gap for itself, an admin. Anyone else is refused (403), an unknown offer is 404.
/// </summary>
public sealed class MatchOffers(LeadsDbContext db)
{
    public async Task<MatchOffer> FindAsync(OfferKind kind, Guid id, CancellationToken cancellationToken)
    {
        var offer = kind switch
        {
            OfferKind.Project => await db.ProjectDirectory.AsNoTracking().Where(p => p.ProjectId == id)
                .Select(p => new MatchOffer(OfferKind.Project, p.ProjectId, p.TownId, null, p.Title)).SingleOrDefaultAsync(cancellationToken),
            OfferKind.Gap => await db.GapDirectory.AsNoTracking().Where(g => g.GapId == id)
                .Select(g => new MatchOffer(OfferKind.Gap, g.GapId, g.TownId, g.EnterpriseId, g.Title)).SingleOrDefaultAsync(cancellationToken),
            _ => await db.TownDirectory.AsNoTracking().Where(t => t.TownId == id)
                .Select(t => new MatchOffer(OfferKind.Town, t.TownId, t.TownId, null, t.Name)).SingleOrDefaultAsync(cancellationToken),
        };
        return offer ?? throw new NotFoundException(kind switch { OfferKind.Project => "Project", OfferKind.Gap => "Chain gap", _ => "Town" }, id.ToString());
    }

    /// <summary>The offer, when the caller may see its recommended investors and give feedback on them.</summary>
    public async Task<MatchOffer> OwnedAsync(OfferKind kind, Guid id, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin);
        var offer = await FindAsync(kind, id, cancellationToken);
        var owner = caller.IsAdmin || caller.IsTown(offer.TownId) || (offer.EnterpriseId is { } enterpriseId && caller.IsEnterprise(enterpriseId));
        if (!owner)
        {
            throw new ForbiddenException("A town sees investors for its own projects, gaps and town only; an enterprise for the gaps it posted");
        }

        return offer;
    }
}
