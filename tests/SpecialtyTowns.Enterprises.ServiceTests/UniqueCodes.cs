using System.Security.Cryptography;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>
/// Valid, unused credit codes for tests (enterprise, Shanxi 140000, a random organisation part),
/// with the check character worked out here independently of the service.
/// </summary>
public static class UniqueCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static string Next()
    {
        var first17 = "91140000" + string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));
        var sum = first17.Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum();
        return first17 + Alphabet[(31 - (sum % 31)) % 31];
    }
}
