namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A hall of the venue.</summary>
public sealed record HallBody(string? Name, string? NameEn, int? Position);
