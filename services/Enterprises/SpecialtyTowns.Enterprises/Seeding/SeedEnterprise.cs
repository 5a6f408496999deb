namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>An enterprise as a seed article names it: only what the article says; the rest stays empty.</summary>
/// <param name="Key">Stable in the file (unique per town): what the seed matches on, whatever the enterprise is renamed to.</param>
public sealed record SeedEnterprise(
    string Key,
    string Town,
    string Name,
    string? NameEn,
    string? UnifiedSocialCreditCode,
    string? IndustryCode,
    IReadOnlyList<string>? Products,
    IReadOnlyList<string>? Certifications,
    IReadOnlyList<string>? Equipment,
    decimal? CncRatePercent,
    bool Leading,
    int? FoundedYear,
    string? Description,
    string? DescriptionEn,
    SeedSource Source);
