namespace SpecialtyTowns.Gateway.Api.Investors;

/// <summary>
/// An investor organisation as the caller may see it: contacts empty and <c>contactsHidden</c> when
/// withheld; <c>missing</c> (what to add, most points first) only for its own accounts and admins.
/// </summary>
public sealed record InvestorOrganisationResponse(
    string Id,
    string Name,
    string? NameEn,
    string Type,
    string? UnifiedSocialCreditCode,
    string? HeadquartersProvince,
    string? HeadquartersCity,
    string? HeadquartersCountry,
    IReadOnlyList<string> IndustriesSought,
    IReadOnlyList<string> ChainPositionsSought,
    decimal? TicketMinYuan,
    decimal? TicketMaxYuan,
    IReadOnlyList<string> CooperationModes,
    IReadOnlyList<string> PreferredRegions,
    decimal? LandNeededSquareMetres,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Keywords,
    string? Description,
    string? DescriptionEn,
    bool ConsentToContact,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    bool ContactsHidden,
    bool Claimed,
    int Completeness,
    IReadOnlyList<CompletenessItemDto> Missing,
    int Version,
    DateTimeOffset UpdatedAt);
