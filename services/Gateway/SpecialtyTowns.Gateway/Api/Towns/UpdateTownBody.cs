namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>A partial update: absent (null) fields stay as they are.</summary>
public sealed record UpdateTownBody(
    string? NameEn,
    string? City,
    string? County,
    string? MainIndustry,
    IReadOnlyList<string>? Facts,
    IReadOnlyList<KeyFigureDto>? KeyFigures = null,
    IReadOnlyList<string>? Platforms = null,
    IReadOnlyList<string>? Policies = null,
    IReadOnlyList<ContactDto>? Contacts = null);
