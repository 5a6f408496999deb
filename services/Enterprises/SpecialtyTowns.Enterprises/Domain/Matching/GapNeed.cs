namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>What a gap asks for, as matching reads it: its words, its node's words, volume and industry.</summary>
public sealed record GapNeed(
    Guid GapId,
    Guid TownId,
    string Title,
    string? TitleEn,
    IReadOnlyList<string> Keywords,
    string? Description,
    string? DescriptionEn,
    string? Specification,
    decimal? YearlyVolume,
    string? VolumeUnit,
    string? IndustryCode,
    string? NodeName,
    IReadOnlyList<string> NodeProducts);
