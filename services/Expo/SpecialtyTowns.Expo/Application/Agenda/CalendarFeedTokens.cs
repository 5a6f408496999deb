using System.Security.Cryptography;
using System.Text;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// Feed tokens: 32 random bytes in base64url (43 characters), of which only the SHA-256 is stored,
/// so that a leaked database does not hand out working feed URLs.
/// </summary>
public static class CalendarFeedTokens
{
    public const int Length = 43;

    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether the text has the shape of a token (anything else cannot be one: 404 without a query).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
