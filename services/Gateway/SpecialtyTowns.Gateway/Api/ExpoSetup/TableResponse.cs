namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record TableResponse(string Id, string HallId, string Label, int Seats, string? Zone);
