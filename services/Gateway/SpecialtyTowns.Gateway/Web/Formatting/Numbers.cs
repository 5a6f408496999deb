using System.Globalization;

namespace SpecialtyTowns.Gateway.Web.Formatting;

/// <summary>Decimals as the services send them (invariant text), shown with thousands separators and every decimal they have.</summary>
public static class Numbers
{
    public static string Plain(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    /// <summary>The decimal text shown plainly; text that is not a decimal is shown as it is.</summary>
    public static string Plain(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? Plain(number) : value;
}
