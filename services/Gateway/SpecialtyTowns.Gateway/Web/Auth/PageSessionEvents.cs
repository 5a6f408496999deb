using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SpecialtyTowns.Gateway.Web.Auth;

/// <summary>
/// Keeps a page session's access token fresh with its refresh token (the same rotation as
/// POST /api/v1/auth/refresh, once per session however many requests arrive: PageTokenRefresher), and ends the session when the refresh is refused: a rejected,
/// locked or revoked account loses its pages as it loses its API access.
/// </summary>
public sealed class PageSessionEvents(TimeProvider clock, ILogger<PageSessionEvents> logger) : CookieAuthenticationEvents
{
    // Refreshed a little before it expires, so a page's service calls never carry a dead token.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var properties = context.Properties;
        var accessToken = properties.GetTokenValue(PageAuthentication.AccessTokenName);
        var refreshToken = properties.GetTokenValue(PageAuthentication.RefreshTokenName);
        var expiresAt = DateTimeOffset.TryParse(properties.GetTokenValue(PageAuthentication.ExpiresAtName), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : DateTimeOffset.MinValue;
        if (accessToken is null || refreshToken is null)
        {
            await RejectAsync(context);
            return;
        }

        if (expiresAt - RefreshMargin <= clock.GetUtcNow())
        {
            var refreshed = await context.HttpContext.RequestServices.GetRequiredService<PageTokenRefresher>().RefreshAsync(refreshToken);
            if (refreshed is not { } session)
            {
                logger.LogInformation("Page session ended: its refresh token was refused");
                await RejectAsync(context);
                return;
            }

            var (user, tokens) = session;
            PageSession.StoreTokens(properties, tokens, clock);
            context.ReplacePrincipal(PageSession.PrincipalFor(user));
            context.ShouldRenew = true;
            accessToken = tokens.AccessToken;
        }

        context.HttpContext.Items[PageAuthentication.AccessTokenItem] = accessToken;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(PageAuthentication.Scheme);
    }
}
