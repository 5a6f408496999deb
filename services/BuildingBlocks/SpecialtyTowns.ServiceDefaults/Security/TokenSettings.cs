namespace SpecialtyTowns.ServiceDefaults.Security;

/// <summary>Who issues access tokens and for whom; shared by the gateway and every service.</summary>
public static class TokenSettings
{
    public const string Issuer = "specialtytowns-gateway";
    public const string Audience = "specialtytowns";
}
