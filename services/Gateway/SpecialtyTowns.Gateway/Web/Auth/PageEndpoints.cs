using Microsoft.AspNetCore.Localization;
using SpecialtyTowns.Gateway.Web.Localization;

namespace SpecialtyTowns.Gateway.Web.Auth;

/// <summary>
/// The two page actions that are not pages: switching the language and signing out. They are
/// part of the web front end, not of the REST API, so they stay out of the OpenAPI document.
/// </summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
            {
                if (!UiCulture.Supported.Contains(culture, StringComparer.OrdinalIgnoreCase))
                {
                    return Results.NotFound();
                }

                var chosen = UiCulture.Supported.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true, Secure = http.Request.IsHttps });
                return Results.LocalRedirect(LocalUrl(returnUrl));
            })
            .AllowAnonymous().ExcludeFromDescription();

        // A form post with the antiforgery token (minimal APIs check it for form-bound parameters).
        routes.MapPost("/account/logout", async (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
            {
                await PageSession.SignOutAsync(http);
                return Results.LocalRedirect(LocalUrl(returnUrl));
            })
            .AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>Only a path on this site; anything else (another host, //host, /\\host, control characters) goes home.</summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(url) && !url.Any(char.IsControl) ? url : "/";
}
