using System.Security.Claims;
using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Grpc;

namespace SpecialtyTowns.ServiceDefaults.Security;

/// <summary>
/// Who is calling a service, as the verified access token says. Ownership rules are
/// written against this, in the service that owns the data.
/// </summary>
public sealed record Caller(string Subject, string Role, Guid? TownId, Guid? EnterpriseId)
{
    public bool IsAdmin => Role == Roles.Admin;

    public Guid UserId => Guid.TryParse(Subject, out var id) ? id : Guid.Empty;

    public static Caller From(ServerCallContext context) => From(context.GetHttpContext().User);

    public static Caller From(ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(ClaimNames.Subject)
            ?? throw RpcErrors.Plain(StatusCode.Unauthenticated, "The call carries no verified identity");
        return new Caller(
            subject,
            user.FindFirstValue(ClaimNames.Role) ?? Roles.Anonymous,
            ParseGuid(user.FindFirstValue(ClaimNames.TownId)),
            ParseGuid(user.FindFirstValue(ClaimNames.EnterpriseId)));
    }

    public bool IsTown(Guid townId) => Role == Roles.Town && TownId == townId;

    public bool IsEnterprise(Guid enterpriseId) => Role == Roles.Enterprise && EnterpriseId == enterpriseId;

    /// <summary>Refuses callers whose role may not make this call at all.</summary>
    public Caller RequireRole(params string[] roles)
    {
        if (!roles.Contains(Role))
        {
            throw RpcErrors.Plain(StatusCode.PermissionDenied, $"The {Role} role may not do this");
        }

        return this;
    }

    /// <summary>Refuses a caller who may not touch this resource.</summary>
    public void RequireThat(bool allowed, string what)
    {
        if (!allowed)
        {
            throw RpcErrors.Plain(StatusCode.PermissionDenied, $"Only the owner may {what}");
        }
    }

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
