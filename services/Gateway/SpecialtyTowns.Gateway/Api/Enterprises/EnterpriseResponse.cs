using SpecialtyTowns.Gateway.Api.Towns;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>
/// An enterprise as the caller may see it: <c>contacts</c> is empty and <c>contactsHidden</c> true for
/// visitors. Unknown figures are null, never made up.
/// </summary>
public sealed record EnterpriseResponse(
    string Id,
    string TownId,
    string? TownName,
    string? TownNameEn,
    string? City,
    string Name,
    string? NameEn,
    string? UnifiedSocialCreditCode,
    string? IndustryCode,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<CapacityDto> Capacities,
    IReadOnlyList<string> Equipment,
    decimal? CncRatePercent,
    string? RevenueBand,
    string? EmployeeBand,
    bool Leading,
    IReadOnlyList<string> ExportMarkets,
    int? FoundedYear,
    string? Description,
    string? DescriptionEn,
    IReadOnlyList<ContactDto> Contacts,
    bool ContactsHidden,
    string? Source,
    int Version,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? UpdatedAt);
