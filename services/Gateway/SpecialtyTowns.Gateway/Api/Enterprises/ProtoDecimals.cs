using System.Globalization;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>The Enterprises protos carry decimals as invariant strings ("" when unknown); JSON carries numbers.</summary>
public static class ProtoDecimals
{
    public static string ToText(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static decimal? FromText(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
