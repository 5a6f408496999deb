namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Section <c>Auth:SignInThrottle</c>. Failed sign-ins are counted per email and client
/// address, and per client address; never per account alone, so that nobody can keep an
/// account's owner out by failing on purpose from elsewhere.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Auth:SignInThrottle";

    public SignInThrottleRule PerAccountAndClient { get; set; } = new();

    /// <summary>Many emails tried from one address: more free failures, the same progression.</summary>
    public SignInThrottleRule PerClient { get; set; } = new() { FreeFailures = 30 };
}
