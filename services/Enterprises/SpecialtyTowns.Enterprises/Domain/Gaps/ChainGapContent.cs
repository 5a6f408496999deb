namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>What a gap asks for: the unit of posting and of every edit.</summary>
public sealed record ChainGapContent(
    string Title,
    string? TitleEn,
    Guid? ChainNodeId,
    GapKind Kind,
    string Description,
    string? DescriptionEn,
    string? Specification,
    decimal? YearlyVolume,
    string? VolumeUnit,
    string? AnchorBuyer,
    string? Incentives,
    DateOnly? Deadline,
    string? IndustryCode,
    IReadOnlyList<string> Keywords);
