using Microsoft.Extensions.Localization;
using SpecialtyTowns.Gateway.Web.Localization;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>
/// Labels of the Enterprises service's keys (revenue and employee bands, industry codes). A key
/// the texts do not know yet is shown as it is, so a band added to the service later is never hidden.
/// </summary>
public static class EnterpriseLabels
{
    /// <summary>The revenue band keys the service accepts (its RevenueBands), smallest first.</summary>
    public static readonly IReadOnlyList<string> RevenueBands = ["under-5m", "5m-20m", "20m-100m", "100m-400m", "400m-2b", "over-2b"];

    /// <summary>The employee band keys the service accepts (its EmployeeBands), smallest first.</summary>
    public static readonly IReadOnlyList<string> EmployeeBands = ["under-20", "20-300", "300-1000", "over-1000"];

    public static string RevenueBand(IStringLocalizer<EnterpriseText> text, string band) => Lookup(text, "Revenue." + band, band);

    public static string EmployeeBand(IStringLocalizer<EnterpriseText> text, string band) => Lookup(text, "Employees." + band, band);

    public static string Industry(string code) => IndustryTaxonomy.NameOf(code, UiCulture.IsEnglish);

    /// <summary>A select's options: "not stated" first, then the known keys, and a stored key the list does not know (so saving keeps it).</summary>
    public static List<(string Value, string Label)> Options(IEnumerable<string> keys, string? current, string notStated, Func<string, string> label) =>
    [
        (string.Empty, notStated),
        .. keys.Concat(current is { Length: > 0 } && !keys.Contains(current) ? [current] : []).Select(k => (k, label(k))),
    ];

    /// <summary>Every industry code of the shared taxonomy with its name in the page's language.</summary>
    public static List<(string Value, string Label)> IndustryOptions(string? current, string notStated) =>
        Options(IndustryTaxonomy.Codes.Keys.Order(StringComparer.Ordinal), current, notStated, code => $"{code} {Industry(code)}");

    private static string Lookup(IStringLocalizer text, string key, string asGiven)
    {
        var label = text[key];
        return label.ResourceNotFound ? asGiven : label.Value;
    }
}
