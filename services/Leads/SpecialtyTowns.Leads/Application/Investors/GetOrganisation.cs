using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Application.Investors;

/// <summary>One organisation: towns and admins any; an investor only its own (another's is answered as missing).</summary>
public sealed class GetOrganisation(LeadsDbContext db, OrganisationVisibility visibility)
{
    public async Task<OrganisationView> ExecuteAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin, Roles.Investor);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organisation", id.ToString());
        var view = await visibility.ViewAsync(caller, organisation, cancellationToken);
        if (caller.Role == Roles.Investor && !view.ShowsMissing)
        {
            throw new NotFoundException("Organisation", id.ToString());
        }

        return view;
    }
}
