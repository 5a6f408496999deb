using System.Security.Claims;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>
/// Who the pages offer an enterprise's editor to: the enterprise itself, its town and admins (the
/// service's Enterprise.MayBeEditedBy). Only navigation: the service refuses every other edit itself,
/// so a forged post gets its PermissionDenied whatever the page showed.
/// </summary>
public static class EnterpriseAccess
{
    public const string OwnEditor = "/workspace/enterprise";

    /// <summary>The enterprise an enterprise account is, from its token's claim.</summary>
    public static Guid? OwnEnterprise(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Enterprise) && Guid.TryParse(user.FindFirst(ClaimNames.EnterpriseId)?.Value, out var id) ? id : null;

    /// <summary>The town a town account speaks for.</summary>
    public static Guid? OwnTown(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Town) && Guid.TryParse(user.FindFirst(ClaimNames.TownId)?.Value, out var id) ? id : null;

    public static bool MayEdit(ClaimsPrincipal user, Enterprise enterprise) =>
        user.IsInRole(Roles.Admin)
        || OwnEnterprise(user)?.ToString() == enterprise.Id
        || (OwnTown(user) is { } town && town.ToString() == enterprise.TownId);

    /// <summary>Who sets the 龙头企业 flag (the service's rule): the town editing its enterprise, or an admin; never the enterprise itself.</summary>
    public static bool MayDesignateLeading(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Town);

    /// <summary>Whether the user may work on this town's chain and register its enterprises.</summary>
    public static bool MayEditTown(ClaimsPrincipal user, Guid townId) => user.IsInRole(Roles.Admin) || OwnTown(user) == townId;

    /// <summary>The editor's address: an enterprise account edits itself at its own address.</summary>
    public static string EditLink(ClaimsPrincipal user, string enterpriseId) =>
        OwnEnterprise(user)?.ToString() == enterpriseId ? OwnEditor : $"/workspace/enterprises/{enterpriseId}/edit";

    /// <summary>The chain editor of a town: /workspace/chain for its account, the town's own address for admins.</summary>
    public static string ChainEditor(ClaimsPrincipal user, Guid townId) =>
        user.IsInRole(Roles.Admin) ? $"/workspace/towns/{townId}/chain" : "/workspace/chain";
}
