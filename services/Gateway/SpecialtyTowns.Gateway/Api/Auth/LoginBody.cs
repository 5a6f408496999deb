namespace SpecialtyTowns.Gateway.Api.Auth;

public sealed record LoginBody(string? Email, string? Password);
