using System.Diagnostics.CodeAnalysis;

namespace SpecialtyTowns.SharedKernel.Identifiers;

/// <summary>
/// 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (digits and capital
/// letters without I, O, S, V, Z): the registration authority (1), the organisation type under it
/// (1), the administrative division (6 digits), the organisation code (9) and a check character
/// that makes the weighted sum a multiple of 31.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;

    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The type codes each registration authority may give (GB 32100-2015 table 1 and its amendments).</summary>
    private static readonly Dictionary<char, string> TypesByAuthority = new()
    {
        ['1'] = "1239", // 机构编制: 机关, 事业单位, 群众团体, 其他
        ['2'] = "19", // 外交
        ['3'] = "123459", // 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会...
        ['4'] = "19", // 文化
        ['5'] = "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        ['6'] = "129", // 旅游
        ['7'] = "129", // 宗教
        ['8'] = "19", // 工会
        ['9'] = "123", // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
        ['A'] = "19", // 中央军委改革和编制办公室
        ['N'] = "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
        ['Y'] = "1", // 其他
    };

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Reads a code as people type it: surrounding spaces dropped, letters upper-cased.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UnifiedSocialCreditCode? code, [NotNullWhen(false)] out string? problem)
    {
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        problem = ProblemOf(value);
        code = problem is null ? new UnifiedSocialCreditCode(value) : null;
        return code is not null;
    }

    /// <summary>The check character the first 17 characters call for.</summary>
    public static char CheckCharacterOf(string first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;

    private static string? ProblemOf(string value)
    {
        if (value.Length != Length)
        {
            return $"must be {Length} characters (GB 32100-2015); it has {value.Length}";
        }

        var foreign = value.FirstOrDefault(c => !Alphabet.Contains(c, StringComparison.Ordinal));
        if (foreign != default)
        {
            return $"'{foreign}' is not a character of the code (digits and capital letters except I, O, S, V, Z)";
        }

        if (!TypesByAuthority.TryGetValue(value[0], out var types))
        {
            return $"'{value[0]}' is not a registration authority code";
        }

        if (!types.Contains(value[1], StringComparison.Ordinal))
        {
            return $"'{value[1]}' is not an organisation type of registration authority '{value[0]}'";
        }

        if (!value[2..8].All(char.IsAsciiDigit))
        {
            return "characters 3 to 8 must be the digits of an administrative division";
        }

        var expected = CheckCharacterOf(value);
        return value[17] == expected ? null : $"the check character is wrong (GB 32100-2015 calls for '{expected}')";
    }
}
