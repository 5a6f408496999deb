using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// One key for a place however it is written, so a town's city ("大同 Datong", as Towns writes
/// it), an investor's preferred region ("大同", "大同市", "Datong") and a funnel's city compare
/// equal; likewise the province ("山西省", "Shanxi Province").
/// </summary>
public static class PlaceNames
{
    private static readonly string[] Suffixes = [" province", " city", "province", "省", "市", "县", "区"];

    /// <summary>Shanxi's prefecture-level cities in pinyin, so an English name meets the Chinese one.</summary>
    private static readonly Dictionary<string, string> Cities = new(StringComparer.Ordinal)
    {
        ["taiyuan"] = "太原",
        ["datong"] = "大同",
        ["yangquan"] = "阳泉",
        ["changzhi"] = "长治",
        ["jincheng"] = "晋城",
        ["shuozhou"] = "朔州",
        ["jinzhong"] = "晋中",
        ["yuncheng"] = "运城",
        ["xinzhou"] = "忻州",
        ["linfen"] = "临汾",
        ["luliang"] = "吕梁",
        ["lvliang"] = "吕梁",
    };

    /// <summary>"大同 Datong", "大同市", "Datong City" → "大同"; "山西省" → "山西"; "Shanxi Province" → "shanxi"; blank → "".</summary>
    public static string Key(string? place)
    {
        // "大同 Datong": the English name only repeats the Chinese one.
        var r = Split(place ?? string.Empty).Zh.ToLowerInvariant();

        foreach (var suffix in Suffixes)
        {
            if (r.Length > suffix.Length && r.EndsWith(suffix, StringComparison.Ordinal))
            {
                r = r[..^suffix.Length].Trim();
                break;
            }
        }

        var latin = WithoutMarks(r);
        return Cities.GetValueOrDefault(latin, latin);
    }

    /// <summary>"大同 Datong" → ("大同", "Datong"); a name in one language only is both.</summary>
    public static (string Zh, string En) Split(string place)
    {
        var text = place.Trim();
        var latinAt = text.IndexOf(' ', StringComparison.Ordinal);
        return latinAt > 0 && text[..latinAt].Any(IsHan) && !text[latinAt..].Any(IsHan)
            ? (text[..latinAt], text[(latinAt + 1)..].Trim())
            : (text, text);
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>"lüliang" → "luliang".</summary>
    private static string WithoutMarks(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).Normalize(NormalizationForm.FormC);
}
