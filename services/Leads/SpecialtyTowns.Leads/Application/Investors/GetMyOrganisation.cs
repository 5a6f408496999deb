using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>The investor caller's own organisation, in full.</summary>
public sealed class GetMyOrganisation(LeadsDbContext db, CallerOrganisation organisations)
{
    public async Task<OrganisationView> ExecuteAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Investor);
        var id = await organisations.FindAsync(caller, cancellationToken)
            ?? throw new NotFoundException("Organisation of the account", caller.Subject);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken);
        return new OrganisationView(organisation, ContactsHidden: false, ShowsMissing: true);
    }
}
