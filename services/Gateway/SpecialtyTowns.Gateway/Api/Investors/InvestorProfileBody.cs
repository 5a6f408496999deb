namespace SpecialtyTowns.Gateway.Api.Investors;

/// <summary>
/// The investor organisation's whole profile (PUT replaces everything: absent fields are empty).
/// Money in yuan (exact, at most 2 decimals), as for projects; <c>expectedVersion</c> is the version
/// the edit was made on (absent or 0 on the first save).
/// </summary>
public sealed record InvestorProfileBody(
    string? Name,
    string? NameEn,
    string? Type,
    string? UnifiedSocialCreditCode,
    string? HeadquartersProvince,
    string? HeadquartersCity,
    string? HeadquartersCountry,
    IReadOnlyList<string>? IndustriesSought,
    IReadOnlyList<string>? ChainPositionsSought,
    decimal? TicketMinYuan,
    decimal? TicketMaxYuan,
    IReadOnlyList<string>? CooperationModes,
    IReadOnlyList<string>? PreferredRegions,
    decimal? LandNeededSquareMetres,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Keywords,
    string? Description,
    string? DescriptionEn,
    bool? ConsentToContact,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    int? ExpectedVersion);
