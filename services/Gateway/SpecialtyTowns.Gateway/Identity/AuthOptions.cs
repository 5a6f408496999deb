namespace SpecialtyTowns.Gateway.Identity;

/// <summary>Section <c>Auth</c>: token lifetimes, the first admin and how long sign-in and registration answers take.</summary>
public sealed class AuthOptions
{
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Sign-in never answers sooner, whatever the account's state: well above its slowest
    /// path (one password hash, a query and a Redis write) on a busy machine.
    /// </summary>
    public TimeSpan SignInAnswerTime { get; set; } = TimeSpan.FromMilliseconds(350);

    /// <summary>Registration never answers sooner: above a hash, the uniqueness queries and the insert.</summary>
    public TimeSpan RegistrationAnswerTime { get; set; } = TimeSpan.FromMilliseconds(600);

    public string? BootstrapAdminEmail { get; set; }

    public string? BootstrapAdminPassword { get; set; }
}
