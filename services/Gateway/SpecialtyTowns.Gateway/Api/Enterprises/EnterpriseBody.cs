using SpecialtyTowns.Gateway.Api.Towns;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>
/// An enterprise's whole profile (register, or replace with PUT). <c>townId</c> is for admins
/// registering (a town registers for itself); <c>expectedVersion</c> is the version a replace was
/// made on (absent or 0: no check). Absent fields are empty: a PUT replaces everything.
/// </summary>
public sealed record EnterpriseBody(
    Guid? TownId,
    string? Name,
    string? NameEn,
    string? UnifiedSocialCreditCode,
    string? IndustryCode,
    IReadOnlyList<string>? Products,
    IReadOnlyList<string>? Certifications,
    IReadOnlyList<CapacityDto>? Capacities,
    IReadOnlyList<string>? Equipment,
    decimal? CncRatePercent,
    string? RevenueBand,
    string? EmployeeBand,
    bool? Leading,
    IReadOnlyList<string>? ExportMarkets,
    int? FoundedYear,
    string? Description,
    string? DescriptionEn,
    IReadOnlyList<ContactDto>? Contacts,
    string? Source,
    int? ExpectedVersion);
