namespace SpecialtyTowns.Gateway.Identity;

/// <summary>Section <c>Auth</c>: token lifetimes and the first admin.</summary>
public sealed class AuthOptions
{
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public string? BootstrapAdminEmail { get; set; }

    public string? BootstrapAdminPassword { get; set; }
}
