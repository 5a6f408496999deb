namespace SpecialtyTowns.Towns.Domain;

/// <summary>A partial update: null leaves a field as it is; an empty string clears an optional field.</summary>
public sealed record TownChanges(
    string? NameEn,
    string? City,
    string? County,
    string? MainIndustry,
    IReadOnlyList<string>? Facts,
    IReadOnlyList<KeyFigure>? KeyFigures = null,
    IReadOnlyList<string>? Platforms = null,
    IReadOnlyList<string>? Policies = null,
    IReadOnlyList<TownContact>? Contacts = null);
