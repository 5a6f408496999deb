using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using SpecialtyTowns.Gateway.Api.Auth;
using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Web.Auth;

/// <summary>Starts and ends page sessions: the tokens go into the encrypted cookie, never to the browser's script.</summary>
public static class PageSession
{
    public static async Task SignInAsync(HttpContext http, ApplicationUser user, TokenResponse tokens, TimeProvider clock)
    {
        var properties = new AuthenticationProperties { IsPersistent = false };
        StoreTokens(properties, tokens, clock);
        await http.SignInAsync(PageAuthentication.Scheme, PrincipalFor(user), properties);
    }

    /// <summary>Revokes the session's refresh token (as POST /api/v1/auth/logout does) and drops the cookie.</summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(PageAuthentication.Scheme);
        if (result.Succeeded
            && result.Properties?.GetTokenValue(PageAuthentication.RefreshTokenName) is { } refreshToken
            && Guid.TryParse(result.Principal?.FindFirst(ClaimNames.Subject)?.Value, out var userId))
        {
            await http.RequestServices.GetRequiredService<RefreshTokenStore>().RevokeAsync(refreshToken, userId, http.RequestAborted);
        }

        await http.SignOutAsync(PageAuthentication.Scheme);
    }

    /// <summary>The same claims as the user's access token, so pages and services judge the same caller.</summary>
    public static ClaimsPrincipal PrincipalFor(ApplicationUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, user.Id.ToString()),
            new(ClaimNames.Role, user.AccountRole),
            new(ClaimNames.Email, user.Email ?? string.Empty),
        };
        var townId = user.TownId ?? (user.AccountRole == Roles.Enterprise ? user.EnterpriseTownId : null);
        if (townId is { } town)
        {
            claims.Add(new Claim(ClaimNames.TownId, town.ToString()));
        }

        if (user.EnterpriseId is { } enterprise)
        {
            claims.Add(new Claim(ClaimNames.EnterpriseId, enterprise.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, PageAuthentication.Scheme, ClaimNames.Email, ClaimNames.Role));
    }

    public static void StoreTokens(AuthenticationProperties properties, TokenResponse tokens, TimeProvider clock) =>
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = PageAuthentication.AccessTokenName, Value = tokens.AccessToken },
            new AuthenticationToken { Name = PageAuthentication.RefreshTokenName, Value = tokens.RefreshToken },
            new AuthenticationToken
            {
                Name = PageAuthentication.ExpiresAtName,
                Value = clock.GetUtcNow().AddSeconds(tokens.ExpiresIn).ToString("o", CultureInfo.InvariantCulture),
            },
        ]);
}
