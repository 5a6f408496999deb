namespace SpecialtyTowns.Gateway.Api.Towns;

public sealed record ContactDto(string Name, string? Role, string? Phone, string? Email);
