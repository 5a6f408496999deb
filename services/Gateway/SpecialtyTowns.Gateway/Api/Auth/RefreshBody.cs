namespace SpecialtyTowns.Gateway.Api.Auth;

public sealed record RefreshBody(string? RefreshToken);
