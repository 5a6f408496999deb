using System.Security.Claims;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Matching;

/// <summary>
/// Whether a page offers the recommended-investors panel for an offer: to its town, to the enterprise whose gap it is,
/// and to admins. Only navigation: the Leads service decides what the list holds, exactly as for the REST API.
/// </summary>
public static class MatchViewer
{
    public static bool SeesInvestorsFor(ClaimsPrincipal user, string townId, string enterpriseId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (user.IsInRole(Roles.Enterprise))
        {
            return enterpriseId.Length > 0 && Same(user.FindFirst(ClaimNames.EnterpriseId)?.Value, enterpriseId);
        }

        return user.IsInRole(Roles.Town) && Same(user.FindFirst(ClaimNames.TownId)?.Value, townId);
    }

    private static bool Same(string? claim, string id) =>
        Guid.TryParse(claim, out var a) && Guid.TryParse(id, out var b) && a == b;
}
