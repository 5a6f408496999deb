namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>What an enterprise says about itself: the unit of registration and of every edit.</summary>
public sealed record EnterpriseProfile(
    string Name,
    string? NameEn,
    string? UnifiedSocialCreditCode,
    string? IndustryCode,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<Capacity> Capacities,
    IReadOnlyList<string> Equipment,
    decimal? CncRatePercent,
    string? RevenueBand,
    string? EmployeeBand,
    bool Leading,
    IReadOnlyList<string> ExportMarkets,
    int? FoundedYear,
    string? Description,
    string? DescriptionEn,
    IReadOnlyList<EnterpriseContact> Contacts,
    string? Source);
