using Microsoft.AspNetCore.Identity;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// Checks an email and password, for the REST API and the sign-in page alike: one set of rules
/// (throttling, equal work for unknown accounts, pending and rejected accounts refused).
/// </summary>
public sealed class PasswordSignIn(UserManager<ApplicationUser> users, SignInThrottle throttle)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    /// <param name="email">Well formed (the caller checked its form).</param>
    /// <param name="client">The client's address partition, for the throttle.</param>
    public async Task<SignInResult> SignInAsync(string email, string password, string client)
    {
        // Throttled by email and client address whether or not the email has an account, and
        // before the password is checked: a throttled client learns nothing, not even the right password.
        var wait = await throttle.WaitAsync(email, client);
        if (wait > TimeSpan.Zero)
        {
            return new SignInResult(SignInOutcome.Throttled, RetryAfter: wait);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Spend the time a real check takes, so timing does not tell who has an account.
            users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), DummyHash.Value, password);
        }

        // CheckPasswordAsync writes nothing on failure (no lockout counter), like the unknown path.
        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            await throttle.FailedAsync(email, client);
            return new SignInResult(SignInOutcome.InvalidCredentials);
        }

        await throttle.SucceededAsync(email, client);

        // Only someone who knows the password learns that the account exists and waits.
        return user.Status switch
        {
            AccountStatus.Active => new SignInResult(SignInOutcome.Succeeded, user),
            AccountStatus.Pending => new SignInResult(SignInOutcome.Pending),
            _ => new SignInResult(SignInOutcome.Rejected),
        };
    }
}
