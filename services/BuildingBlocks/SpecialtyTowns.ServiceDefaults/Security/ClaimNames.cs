namespace SpecialtyTowns.ServiceDefaults.Security;

/// <summary>The claims the gateway puts in access tokens and every service reads.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string TownId = "town_id";
    public const string EnterpriseId = "enterprise_id";
    public const string Email = "email";
}
