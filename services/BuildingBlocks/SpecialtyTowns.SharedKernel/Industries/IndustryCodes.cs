using System.Text.RegularExpressions;

namespace SpecialtyTowns.SharedKernel.Industries;

/// <summary>GB/T 4754 industry codes: section letter A-T, then division (2 digits), group (3) or class (4).</summary>
public static partial class IndustryCodes
{
    public static bool IsValid(string code) => CodePattern().IsMatch(code);

    /// <summary>The code and every code above it: "C3311" gives "C", "C33", "C331", "C3311".</summary>
    public static IEnumerable<string> WithAncestors(string code)
    {
        yield return code[..1];
        for (var length = 3; length <= code.Length; length++)
        {
            yield return code[..length];
        }
    }

    [GeneratedRegex("^[A-T]([0-9]{2,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
