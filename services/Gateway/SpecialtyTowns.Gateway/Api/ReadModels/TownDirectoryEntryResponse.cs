namespace SpecialtyTowns.Gateway.Api.ReadModels;

public sealed record TownDirectoryEntryResponse(string TownId, string Name, string MainIndustry, DateTimeOffset RegisteredAt, DateTimeOffset ReceivedAt);
