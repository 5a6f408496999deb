using System.Globalization;

namespace SpecialtyTowns.Gateway.Web.Formatting;

/// <summary>
/// Money as Chinese readers count it (元, 万元, 亿元) and as English readers do (yuan, million,
/// billion). The short form is rounded to two decimals; <see cref="Exact"/> gives every fen.
/// </summary>
public static class Amounts
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;

    public static string Format(decimal yuan, bool english) => english ? English(yuan) : Chinese(yuan);

    /// <summary>A range in one unit where both ends share it ("500–800 万元"), else each end in its own.</summary>
    public static string Range(decimal minYuan, decimal maxYuan, bool english)
    {
        if (minYuan == maxYuan)
        {
            return Format(minYuan, english);
        }

        var (divisor, unit) = english ? EnglishUnit(maxYuan) : ChineseUnit(maxYuan);
        var (minDivisor, _) = english ? EnglishUnit(minYuan) : ChineseUnit(minYuan);
        if (divisor == minDivisor)
        {
            return $"{Number(minYuan / divisor)}–{Number(maxYuan / divisor)} {unit}";
        }

        return $"{Format(minYuan, english)} – {Format(maxYuan, english)}";
    }

    /// <summary>Every fen, for a tooltip or a screen reader: "¥123,456,789.00".</summary>
    public static string Exact(decimal yuan) => "¥" + yuan.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Chinese(decimal yuan)
    {
        var (divisor, unit) = ChineseUnit(yuan);
        return $"{Number(yuan / divisor)} {unit}";
    }

    private static string English(decimal yuan)
    {
        var (divisor, unit) = EnglishUnit(yuan);
        return $"{Number(yuan / divisor)} {unit}";
    }

    private static (decimal Divisor, string Unit) ChineseUnit(decimal yuan) =>
        Math.Abs(yuan) >= Yi ? (Yi, "亿元") : Math.Abs(yuan) >= Wan ? (Wan, "万元") : (1m, "元");

    private static (decimal Divisor, string Unit) EnglishUnit(decimal yuan) =>
        Math.Abs(yuan) >= Billion ? (Billion, "billion yuan") : Math.Abs(yuan) >= Million ? (Million, "million yuan") : (1m, "yuan");

    private static string Number(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);
}
