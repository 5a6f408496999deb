using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SpecialtyTowns.Gateway.Web.Localization;

/// <summary>The page cultures: zh-CN first (the default), English on request.</summary>
public static class UiCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly string[] Supported = [Chinese, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>
    /// Only the culture cookie (set by /culture/{culture}) or ?culture= chooses English; a browser's
    /// Accept-Language does not, so the site opens in Chinese for everyone.
    /// </summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Chinese)
            .AddSupportedCultures(Supported)
            .AddSupportedUICultures(Supported);
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }
}
