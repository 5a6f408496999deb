using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.SharedKernel;

/// <summary>
/// Who is acting, as the verified access token says. Ownership rules are written against
/// this, in the service that owns the data; the host builds it from the token, so domain
/// and application code never see the transport.
/// </summary>
public sealed record Caller(string Subject, string Role, Guid? TownId, Guid? EnterpriseId)
{
    public bool IsAdmin => Role == Roles.Admin;

    public Guid UserId => Guid.TryParse(Subject, out var id) ? id : Guid.Empty;

    public bool IsTown(Guid townId) => Role == Roles.Town && TownId == townId;

    public bool IsEnterprise(Guid enterpriseId) => Role == Roles.Enterprise && EnterpriseId == enterpriseId;

    /// <summary>Whether this is the signed-in user with the given id acting in the given role.</summary>
    public bool IsUser(string role, Guid userId) => Role == role && UserId != Guid.Empty && UserId == userId;

    /// <summary>Refuses callers whose role may not make this call at all.</summary>
    /// <exception cref="ForbiddenException">The caller's role is not among <paramref name="roles"/>.</exception>
    public Caller RequireRole(params string[] roles)
    {
        if (!roles.Contains(Role))
        {
            throw new ForbiddenException($"The {Role} role may not do this");
        }

        return this;
    }

    /// <summary>Refuses a caller who may not touch this resource.</summary>
    /// <exception cref="ForbiddenException"><paramref name="allowed"/> is false.</exception>
    public void RequireThat(bool allowed, string what)
    {
        if (!allowed)
        {
            throw new ForbiddenException($"Only the owner may {what}");
        }
    }
}
