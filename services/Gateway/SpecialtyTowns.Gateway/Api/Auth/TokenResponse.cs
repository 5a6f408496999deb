namespace SpecialtyTowns.Gateway.Api.Auth;

/// <summary>Bearer tokens; <c>expiresIn</c> is the access token's lifetime in seconds.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);
