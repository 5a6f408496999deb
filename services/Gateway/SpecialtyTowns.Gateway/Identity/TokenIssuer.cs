using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>Mints access tokens (RS256) that the gateway and every service verify.</summary>
public sealed class TokenIssuer(RsaSecurityKey signingKey, IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(signingKey, SecurityAlgorithms.RsaSha256);
    private (string Token, DateTimeOffset RenewAt)? _anonymous;
    private (string Token, DateTimeOffset RenewAt)? _gatewayWork;

    public TimeSpan AccessTokenLifetime => options.Value.AccessTokenLifetime;

    public string IssueFor(ApplicationUser user)
    {
        var claims = new Dictionary<string, object>
        {
            [ClaimNames.Subject] = user.Id.ToString(),
            [ClaimNames.Role] = user.AccountRole,
            [ClaimNames.Email] = user.Email ?? string.Empty,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
        };
        if (user.TownId is { } townId)
        {
            claims[ClaimNames.TownId] = townId.ToString();
        }
        else if (user.EnterpriseTownId is { } enterpriseTownId && user.AccountRole == Roles.Enterprise)
        {
            claims[ClaimNames.TownId] = enterpriseTownId.ToString();
        }

        if (user.EnterpriseId is { } enterpriseId)
        {
            claims[ClaimNames.EnterpriseId] = enterpriseId.ToString();
        }

        return Issue(claims, options.Value.AccessTokenLifetime);
    }

    /// <summary>
    /// The identity the gateway uses for callers who are not signed in, so that services
    /// still see a verified caller (and serve it only what is public).
    /// </summary>
    public string Anonymous()
    {
        var now = clock.GetUtcNow();
        if (_anonymous is { } cached && cached.RenewAt > now)
        {
            return cached.Token;
        }

        var token = Issue(new Dictionary<string, object> { [ClaimNames.Subject] = Roles.Anonymous, [ClaimNames.Role] = Roles.Anonymous }, TimeSpan.FromMinutes(5));
        _anonymous = (token, now.AddMinutes(4));
        return token;
    }

    /// <summary>
    /// The gateway's own identity for work no caller asked for (reading an event's live figures to
    /// push them to its dashboards): an admin token for five minutes that never leaves the gateway.
    /// </summary>
    public string ForGatewayWork()
    {
        var now = clock.GetUtcNow();
        if (_gatewayWork is { } cached && cached.RenewAt > now)
        {
            return cached.Token;
        }

        var token = Issue(new Dictionary<string, object> { [ClaimNames.Subject] = "gateway", [ClaimNames.Role] = Roles.Admin }, TimeSpan.FromMinutes(5));
        _gatewayWork = (token, now.AddMinutes(4));
        return token;
    }

    private string Issue(Dictionary<string, object> claims, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenSettings.Issuer,
            Audience = TokenSettings.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = _credentials,
        });
    }
}
