namespace SpecialtyTowns.Gateway.Identity;

/// <summary>What a password sign-in came to. <see cref="User"/> is set only when it succeeded.</summary>
public sealed record SignInResult(SignInOutcome Outcome, ApplicationUser? User = null, TimeSpan RetryAfter = default);
