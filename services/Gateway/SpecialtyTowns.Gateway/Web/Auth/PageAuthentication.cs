using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace SpecialtyTowns.Gateway.Web.Auth;

/// <summary>
/// How the web pages know who is signed in: an encrypted, HTTP-only session cookie that holds
/// the user's access and refresh tokens (never readable by page script, never in local storage).
/// The cookie authenticates pages only; the REST API under /api takes bearer tokens alone, so a
/// cross-site request can never ride on the cookie to the API.
/// </summary>
public static class PageAuthentication
{
    public const string Scheme = "Pages";

    /// <summary>The default scheme: picks the cookie for pages and the bearer token for the API.</summary>
    public const string SelectorScheme = "PagesOrBearer";

    public const string CookieName = "st.session";

    /// <summary>HttpContext item holding the signed-in page user's current access token.</summary>
    public const string AccessTokenItem = "st.page-access-token";

    public const string AccessTokenName = "access_token";
    public const string RefreshTokenName = "refresh_token";
    public const string ExpiresAtName = "expires_at";

    public const string LoginPath = "/account/login";
    public const string DeniedPath = "/account/denied";

    public static string SelectScheme(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.ContainsKey(HeaderNames.Authorization)
            ? JwtBearerDefaults.AuthenticationScheme
            : Scheme;

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        // Secure whenever the page came over HTTPS; behind the TLS-terminating ingress the forwarded
        // headers make it so (ASPNETCORE_FORWARDEDHEADERS_ENABLED in deploy/k8s/gateway.yaml). Plain HTTP stays usable on 127.0.0.1.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = LoginPath;
        options.AccessDeniedPath = DeniedPath;
        options.ReturnUrlParameter = "returnUrl";
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.EventsType = typeof(PageSessionEvents);
    }
}
