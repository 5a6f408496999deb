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
    DateTimeOffset RegisteredAt,
    IReadOnlyList<KeyFigureDto> KeyFigures,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Policies,
    IReadOnlyList<ContactDto> Contacts);
