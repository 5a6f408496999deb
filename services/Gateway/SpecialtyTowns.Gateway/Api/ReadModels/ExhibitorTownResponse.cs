namespace SpecialtyTowns.Gateway.Api.ReadModels;

public sealed record ExhibitorTownResponse(string TownId, string Name, string? NameEn, DateTimeOffset ReceivedAt);
