namespace SpecialtyTowns.Towns.Domain;

/// <summary>What is needed to register a town.</summary>
public sealed record TownRegistration(
    string Name,
    string? NameEn,
    string? City,
    string? County,
    TownLevel Level,
    TownCategory Category,
    string MainIndustry,
    IReadOnlyList<string> Facts);
