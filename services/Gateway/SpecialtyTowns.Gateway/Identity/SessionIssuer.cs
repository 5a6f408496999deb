using SpecialtyTowns.Gateway.Api.Auth;

namespace SpecialtyTowns.Gateway.Identity;

/// <summary>Pairs an access token with a refresh token for a signed-in user.</summary>
public sealed class SessionIssuer(TokenIssuer tokens, RefreshTokenStore refreshTokens)
{
    public async Task<TokenResponse> StartAsync(ApplicationUser user, Guid? familyId, CancellationToken cancellationToken) =>
        Continue(user, await refreshTokens.IssueAsync(user.Id, familyId, cancellationToken));

    public TokenResponse Continue(ApplicationUser user, string refreshToken) =>
        new(tokens.IssueFor(user), refreshToken, (int)tokens.AccessTokenLifetime.TotalSeconds, "Bearer");
}
