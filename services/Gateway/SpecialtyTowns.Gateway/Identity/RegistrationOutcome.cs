using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// What a registration came to: the problems with what was sent, or the account's status. A
/// registration for an email that already has an account comes to the same as a new one.
/// </summary>
public sealed record RegistrationOutcome(RequestProblems? Problems, string Email, string Role, AccountStatus Status)
{
    public bool Succeeded => Problems is null;

    public static RegistrationOutcome Refused(RequestProblems problems) => new(problems, string.Empty, string.Empty, AccountStatus.Pending);

    public static RegistrationOutcome Registered(string email, string role) => new(null, email, role, RegistrationRules.StatusFor(role));
}
