using System.ComponentModel.DataAnnotations;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>
/// The form of what a client sends to sign up, sign in or refresh (email, password, refresh token), checked before any account
/// is looked up: a refusal here depends only on the text sent, so it says nothing about who
/// has an account.
/// </summary>
public static class CredentialForms
{
    /// <summary>
    /// Hashing cost grows with the input, so an unbounded password lets one request burn CPU;
    /// 128 characters leaves room for any passphrase.
    /// </summary>
    public const int MaxPasswordLength = 128;

    public const int MaxEmailLength = 256;

    // Refresh tokens are 43 characters (32 random bytes, base64url); room for a future format.
    public const int MaxRefreshTokenLength = 256;

    /// <summary>Why <paramref name="email"/> (already trimmed) is not an email address, or null.</summary>
    public static string? EmailProblem(string email) =>
        email.Length == 0 ? "is required"
        : email.Length > MaxEmailLength || !new EmailAddressAttribute().IsValid(email) ? "is not a valid email address"
        : null;

    public static string? PasswordProblem(string? password) =>
        password?.Length > MaxPasswordLength ? $"must be at most {MaxPasswordLength} characters" : null;

    public static string? RefreshTokenProblem(string? token) =>
        token?.Length > MaxRefreshTokenLength ? $"must be at most {MaxRefreshTokenLength} characters" : null;
}
