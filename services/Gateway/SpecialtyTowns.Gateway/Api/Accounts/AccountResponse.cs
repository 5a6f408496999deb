using SpecialtyTowns.Gateway.Identity;

namespace SpecialtyTowns.Gateway.Api.Accounts;

public sealed record AccountResponse(Guid Id, string Email, string Role, string Status, Guid? TownId, Guid? EnterpriseId)
{
    public static AccountResponse From(ApplicationUser user) =>
        new(user.Id, user.Email ?? string.Empty, user.AccountRole, user.Status.ToString().ToLowerInvariant(), user.TownId, user.EnterpriseId);
}
