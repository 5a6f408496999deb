namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>
/// Everything an organisation says about itself: the unit of a full-replace edit. Money is exact
/// (fen), as for projects; industries are GB/T 4754 codes from the shared taxonomy; chain positions
/// are upstream, midstream, downstream.
/// </summary>
public sealed record OrganisationProfile
{
    public string Name { get; init; } = string.Empty;

    public string? NameEn { get; init; }

    public OrganisationType Type { get; init; }

    public string? UnifiedSocialCreditCode { get; init; }

    public string? HeadquartersProvince { get; init; }

    public string? HeadquartersCity { get; init; }

    /// <summary>ISO 3166-1 alpha-2; "CN" when the headquarters are a Chinese province and city.</summary>
    public string? HeadquartersCountry { get; init; }

    public IReadOnlyList<string> IndustriesSought { get; init; } = [];

    public IReadOnlyList<string> ChainPositionsSought { get; init; } = [];

    public long? TicketMinFen { get; init; }

    public long? TicketMaxFen { get; init; }

    public IReadOnlyList<string> CooperationModes { get; init; } = [];

    public IReadOnlyList<string> PreferredRegions { get; init; } = [];

    public decimal? LandNeededSquareMetres { get; init; }

    /// <summary>BCP 47 tags such as zh, en, de.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? Description { get; init; }

    public string? DescriptionEn { get; init; }

    /// <summary>Whether towns may contact the organisation; without it, it is never recommended or contacted.</summary>
    public bool ConsentToContact { get; init; }

    /// <summary>Personal information: shown to the organisation's own accounts, and to a town only on a lead with it.</summary>
    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? ContactEmail { get; init; }
}
