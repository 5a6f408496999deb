using System.Globalization;
using System.Text;

namespace SpecialtyTowns.ServiceDefaults.Validation;

/// <summary>
/// The one rule for text that crosses the boundary, at the gateway and in every gRPC service:
/// no C0/C1 control characters (tab, CR and LF only in multi-line fields), no unpaired
/// surrogates, no bidirectional overrides or isolates. Lengths are counted in Unicode scalar
/// values (what PostgreSQL counts for <c>varchar(n)</c>), not UTF-16 code units, so that
/// 20 Chinese characters or emoji count as 20 wherever a limit is checked.
/// </summary>
public static class TextRule
{
    /// <summary>Why <paramref name="value"/> may not be accepted, or null when it may.</summary>
    public static string? Check(string? value, bool multiLine)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var position = 0;
        for (var i = 0; i < value.Length; i++)
        {
            position++;
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var problem = c switch
            {
                _ when char.IsSurrogate(c) => "an unpaired surrogate",
                '\t' or '\n' or '\r' when multiLine => null,
                '\t' or '\n' or '\r' => "a tab or line break (the field is single-line)",
                _ when char.IsControl(c) => "a control character",
                _ when IsBidiControl(c) => "a bidirectional override or isolate",
                _ => null,
            };
            if (problem is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"contains {problem} (U+{(int)c:X4}) at character {position}");
            }
        }

        return null;
    }

    /// <summary>The length of <paramref name="value"/> in characters (Unicode scalar values).</summary>
    public static int Length(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var length = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            length++;
        }

        return length;
    }

    // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder what follows them, so a
    // name can display as something else (Trojan Source). The marks LRM/RLM stay allowed.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
