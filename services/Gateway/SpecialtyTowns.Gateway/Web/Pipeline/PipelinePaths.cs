using System.Security.Claims;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>Where the pipeline pages live: a town account's under /workspace, an admin's under the town's workspace.</summary>
public static class PipelinePaths
{
    public const string Board = "/workspace/pipeline";

    public const string NewLead = "/workspace/leads/new";

    public const string LostReasons = "/workspace/lost-reasons";

    public static string BoardOf(ClaimsPrincipal user, Guid townId) =>
        user.IsInRole(Roles.Admin) ? $"/workspace/towns/{townId}/pipeline" : Board;

    public static string Lead(string id) => $"/workspace/leads/{id}";

    public static string Move(string id, string stage) => $"/workspace/leads/{id}/move/{stage}";

    public static string Reopen(string id) => $"/workspace/leads/{id}/reopen";

    public static string FollowUps(string kind) => $"/workspace/follow-ups/{kind}";
}
