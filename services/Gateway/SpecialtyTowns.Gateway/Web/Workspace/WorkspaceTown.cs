using System.Security.Claims;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Workspace;

/// <summary>
/// Which town a workspace page works on. Only navigation: the services decide what the user may
/// see and change, exactly as for the REST API.
/// </summary>
public static class WorkspaceTown
{
    /// <summary>
    /// A town account's own town (a route naming another town gives none); for an admin, the town
    /// the route names (none at /workspace itself).
    /// </summary>
    public static Guid? For(ClaimsPrincipal user, Guid? routeTownId)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return routeTownId;
        }

        Guid? own = Guid.TryParse(user.FindFirst(ClaimNames.TownId)?.Value, out var id) ? id : null;
        return routeTownId is null || routeTownId == own ? own : null;
    }

    /// <summary>Whether the page should answer 403: a town account pointed at another town's workspace.</summary>
    public static bool IsRefused(ClaimsPrincipal user, Guid? routeTownId) => For(user, routeTownId) is null && !user.IsInRole(Roles.Admin);

    /// <summary>The workspace's own address for the town: /workspace for its account, /workspace/towns/{id} for admins.</summary>
    public static string Home(ClaimsPrincipal user, Guid townId) => user.IsInRole(Roles.Admin) ? $"/workspace/towns/{townId}" : "/workspace";
}
