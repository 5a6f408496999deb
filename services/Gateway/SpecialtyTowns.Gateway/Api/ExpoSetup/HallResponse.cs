namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record HallResponse(string Id, string Name, string? NameEn, int Position);
