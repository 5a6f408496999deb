using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

namespace SpecialtyTowns.Gateway.Extensions;

/// <summary>
/// Security headers on every answer of the gateway: success, error, 404, rate-limit refusal,
/// health, the OpenAPI document and the API reference page.
/// </summary>
public static class SecurityHeadersExtensions
{
    /// <summary>
    /// For the JSON API and the coming Blazor pages (server interactivity over a same-origin
    /// WebSocket, Ant Design, ECharts): scripts only from the site itself; inline styles
    /// allowed because Ant Design and ECharts set style attributes from script; images and
    /// fonts also as data:/blob: URIs (icons, chart exports). Never framed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The /scalar page: its bootstrap script is inline, so scripts need the nonce Scalar puts on
    /// its script tags for this one answer (<see cref="GatewayOpenApiExtensions"/> turns it on);
    /// it injects its styles at run time. Its fonts from Scalar's CDN are turned off, so the page
    /// loads nothing from elsewhere; like every page it is never framed.
    /// </summary>
    public static string ApiReferencePolicy(string? nonce) =>
        nonce is null ? ContentSecurityPolicy : ContentSecurityPolicy.Replace("script-src 'self';", $"script-src 'self' 'nonce-{nonce}';", StringComparison.Ordinal);

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private static readonly PathString ApiReferencePath = "/scalar";

    // Tokens, the account behind them and pending accounts' emails: no cache may keep them; nor
    // any answer to a signed-in caller (a page with contacts or a workspace, on a shared expo kiosk).
    private static readonly PathString[] SecretPaths = ["/api/v1/auth", "/api/v1/accounts"];

    /// <summary>
    /// Adds the headers when the answer starts, so an exception handler that clears the
    /// response, a status-code page or a 404 still carries them. Call first in the pipeline.
    /// HSTS only on HTTPS requests outside Development: locally the gateway speaks plain HTTP;
    /// where a proxy terminates TLS, the forwarded-headers middleware makes the request HTTPS.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context, bool hsts)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath)
            ? ApiReferencePolicy(context.Items[ScalarOptions.NonceHttpContextItemKey] as string)
            : ContentSecurityPolicy;
        if (hsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        if (Array.Exists(SecretPaths, path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            || ((context.Request.Headers.ContainsKey(HeaderNames.Authorization) || context.User.Identity?.IsAuthenticated == true)
                && StringValues.IsNullOrEmpty(headers.CacheControl)))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
