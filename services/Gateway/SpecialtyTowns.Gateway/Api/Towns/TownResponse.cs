namespace SpecialtyTowns.Gateway.Api.Towns;

public sealed record TownResponse(
    string Id,
    string Name,
    string? NameEn,
    string? City,
    string? County,
    string? Level,
    string Category,
    string MainIndustry,
    IReadOnlyList<string> Facts,
    DateTimeOffset RegisteredAt);
