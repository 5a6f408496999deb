namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>What an enterprise offers, as matching reads it.</summary>
public sealed record EnterpriseOffer(
    Guid EnterpriseId,
    Guid TownId,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<Capacity> Capacities,
    string? IndustryCode,
    string? Description,
    string? DescriptionEn,
    bool Leading);
