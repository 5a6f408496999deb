using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>
/// Contacts are personal information: the organisation's own accounts and admins see them; a town
/// only for an organisation that reached out to it (the investor's own lead) or that it entered before an investor claimed it; everyone else never.
/// </summary>
public sealed class OrganisationVisibility(LeadsDbContext db, CallerOrganisation organisations)
{
    public async Task<IReadOnlyList<OrganisationView>> ViewAsync(Caller caller, IReadOnlyList<InvestorOrganisation> found, CancellationToken cancellationToken)
    {
        var ids = found.Select(o => o.Id).ToList();
        HashSet<Guid> owned = [];
        HashSet<Guid> contactable = [];
        if (caller.IsAdmin)
        {
            owned = [.. ids];
        }
        else if (caller.Role == Roles.Investor && await organisations.FindAsync(caller, cancellationToken) is { } own)
        {
            owned = [own];
        }
        else if (caller.Role == Roles.Town && caller.TownId is { } townId)
        {
            // A town sees contacts when the investor reached out to it (its own lead), or when the town
            // entered the lead before any investor account claimed the organisation (it met them offline
            // and the claim accepted that); naming an organisation found by search on a new lead is not enough.
            contactable = [.. await db.Leads.AsNoTracking()
                .Where(l => l.TownId == townId && ids.Contains(l.OrganisationId))
                .Where(l => l.InvestorUserId != null || !db.OrganisationMembers.Any(m => m.OrganisationId == l.OrganisationId && m.JoinedAt <= l.CreatedAt))
                .Select(l => l.OrganisationId).Distinct().ToListAsync(cancellationToken)];
        }

        return found.Select(o => new OrganisationView(o, !owned.Contains(o.Id) && !contactable.Contains(o.Id), owned.Contains(o.Id))).ToList();
    }

    public async Task<OrganisationView> ViewAsync(Caller caller, InvestorOrganisation organisation, CancellationToken cancellationToken) =>
        (await ViewAsync(caller, [organisation], cancellationToken))[0];
}
