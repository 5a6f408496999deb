using System.Globalization;

namespace SpecialtyTowns.Gateway.Web.Formatting;

/// <summary>
/// Times on the pages are shown in China Standard Time (the province's and the expo's zone),
/// always with the zone named, whatever the server's own zone is.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToChina(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>"2026-11-30 20:05" in China Standard Time (the zone label comes from the page's texts).</summary>
    public static string Format(DateTimeOffset at) => ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTimeOffset at) => ToChina(at).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
