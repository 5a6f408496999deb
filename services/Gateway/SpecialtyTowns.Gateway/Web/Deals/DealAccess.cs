using System.Security.Claims;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Deals;

/// <summary>
/// Whether a user may record a deal's funds (its town or an admin), to offer the form, and whether it may see the
/// list of deals overdue to start. Only navigation: the Leads service decides, exactly as for the REST API.
/// </summary>
public static class DealAccess
{
    public static bool MayRecordFunds(ClaimsPrincipal user, Deal deal)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(deal);
        return user.IsInRole(Roles.Admin)
            || (user.IsInRole(Roles.Town)
                && Guid.TryParse(user.FindFirst(ClaimNames.TownId)?.Value, out var own)
                && Guid.TryParse(deal.TownId, out var town)
                && own == town);
    }

    public static bool SeesOverdue(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Town);
}
