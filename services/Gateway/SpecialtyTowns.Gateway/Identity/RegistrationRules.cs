using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// The registration rules that depend only on what was sent (no account or service looked up),
/// for the REST API and the sign-up page alike.
/// </summary>
public static class RegistrationRules
{
    /// <summary>Emails are kept trimmed and in lower case, so one address has one account.</summary>
    public static string NormalizeEmail(string? email) => email?.Trim().ToLowerInvariant() ?? string.Empty;

    /// <summary>Investors act at once; every other account waits for a decision.</summary>
    public static AccountStatus StatusFor(string role) => role == Roles.Investor ? AccountStatus.Active : AccountStatus.Pending;

    /// <summary>What is wrong with the email (normalized), password and role as sent.</summary>
    public static RequestProblems FormProblems(string email, string? password, string? role)
    {
        var problems = new RequestProblems();
        if (CredentialForms.EmailProblem(email) is { } emailProblem)
        {
            problems.Add("email", emailProblem);
        }

        if (string.IsNullOrEmpty(password))
        {
            problems.Add("password", "is required");
        }
        else if (CredentialForms.PasswordProblem(password) is { } passwordProblem)
        {
            problems.Add("password", passwordProblem);
        }

        if (role == Roles.Admin)
        {
            problems.Add("role", "admin accounts cannot be self-registered");
        }
        else if (role is null || !Roles.SelfRegistrable.Contains(role))
        {
            problems.Add("role", $"must be one of: {string.Join(", ", Roles.SelfRegistrable)}");
        }

        return problems;
    }

    /// <summary>A town or enterprise named for an account that does not act for one.</summary>
    public static void AddMisplacedTargets(RequestProblems problems, string role, Guid? townId, Guid? enterpriseId)
    {
        if (role != Roles.Town && townId is not null)
        {
            problems.Add("townId", "only town accounts act for a town");
        }

        if (role != Roles.Enterprise && enterpriseId is not null)
        {
            problems.Add("enterpriseId", "only enterprise accounts act for an enterprise");
        }
    }
}
