namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>Unified social credit codes for tests: unique, with the GB 32100-2015 check digit (or a wrong one).</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A code of a company (91) in Shanxi (140000) with a random organisation part and the right check digit.</summary>
    public static string New()
    {
        var body = "91140000" + string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(10)]));
        return body + CheckDigit(body);
    }

    /// <summary>The same code with any other check digit.</summary>
    public static string Altered(string code) => code[..17] + Alphabet[(Alphabet.IndexOf(code[17]) + 1) % Alphabet.Length];

    private static char CheckDigit(string body)
    {
        var sum = body.Select((c, i) => Alphabet.IndexOf(c) * Weights[i]).Sum();
        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
