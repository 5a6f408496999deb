using System.Security.Claims;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Gaps;

/// <summary>
/// Whether a user is who posted a gap (or an admin), to offer the edit link and status buttons. Only navigation: the
/// Enterprises service decides every change, exactly as for the REST API.
/// </summary>
public static class GapPoster
{
    public static bool CanManage(ClaimsPrincipal user, ChainGap gap)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(gap);
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (user.IsInRole(Roles.Enterprise))
        {
            return gap.EnterpriseId.Length > 0 && SameId(user.FindFirst(ClaimNames.EnterpriseId)?.Value, gap.EnterpriseId);
        }

        // A town posts for its chain; its enterprises' own gaps are theirs.
        return user.IsInRole(Roles.Town) && gap.EnterpriseId.Length == 0 && SameId(user.FindFirst(ClaimNames.TownId)?.Value, gap.TownId);
    }

    /// <summary>The signed-in enterprise account's enterprise, if any.</summary>
    public static Guid? Enterprise(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Enterprise) && Guid.TryParse(user.FindFirst(ClaimNames.EnterpriseId)?.Value, out var id) ? id : null;

    private static bool SameId(string? claim, string id) =>
        Guid.TryParse(claim, out var a) && Guid.TryParse(id, out var b) && a == b;
}
