using System.Text;

namespace SpecialtyTowns.Expo.Domain.CheckIn;

/// <summary>
/// How the desk finds a name: by any part of the Chinese name, of the English (pinyin) name, or by
/// the pinyin initials of the Chinese name ("王建国" by "wjg"), case and spaces ignored. The
/// initials come from GB2312, whose first-level characters (the 3,755 common ones, which cover
/// nearly all names) are ordered by pinyin: a character's code falls between the first codes of
/// two initials. Rarer characters keep no initial and are matched by the Chinese name only.
/// </summary>
public static class NameKeys
{
    private static readonly (int Code, char Letter)[] Initials =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'),
        (0xB8C1, 'g'), (0xB9FE, 'h'), (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'),
        (0xC4C3, 'n'), (0xC5B6, 'o'), (0xC5BE, 'p'), (0xC6DA, 'q'), (0xC8BB, 'r'), (0xC8F6, 's'),
        (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'), (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];

    private const int LastFirstLevel = 0xD7F9;

    private static readonly Encoding Gb2312 = LoadGb2312();

    public static string Normalize(string? text) =>
        new((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '·' && c != '-').Select(char.ToLowerInvariant).ToArray());

    /// <summary>Whether the normalized query is part of the name, the English name or the name's pinyin initials.</summary>
    public static bool Matches(string normalizedQuery, string name, string? nameEn)
    {
        if (normalizedQuery.Length == 0)
        {
            return false;
        }

        return Normalize(name).Contains(normalizedQuery, StringComparison.Ordinal)
            || Normalize(nameEn).Contains(normalizedQuery, StringComparison.Ordinal)
            || PinyinInitials(name).Contains(normalizedQuery, StringComparison.Ordinal);
    }

    /// <summary>"王建国" → "wjg"; Latin letters and digits are kept, other characters dropped.</summary>
    public static string PinyinInitials(string name)
    {
        var result = new StringBuilder(name.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (c < 0x4E00 || c > 0x9FFF || Gb2312.GetBytes([c], bytes) != 2)
            {
                continue;
            }

            var code = (bytes[0] << 8) | bytes[1];
            if (code < Initials[0].Code || code >= LastFirstLevel)
            {
                continue;
            }

            result.Append(Initials.Last(i => i.Code <= code).Letter);
        }

        return result.ToString();
    }

    private static Encoding LoadGb2312()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
