namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>
/// How complete a profile is, 0-100: each item a town looks at when deciding whether to approach
/// an organisation carries points (what it is looking for weighs most), and what is still missing
/// is listed most valuable first, so the investor adds what helps most.
/// </summary>
public static class ProfileCompleteness
{
    private static readonly (string Field, int Points, Func<OrganisationProfile, bool> Present)[] Items =
    [
        ("industries_sought", 15, p => p.IndustriesSought.Count > 0),
        ("unified_social_credit_code", 10, p => p.UnifiedSocialCreditCode is not null),
        ("headquarters_province", 10, p => p.HeadquartersProvince is not null || (p.HeadquartersCountry is not null && p.HeadquartersCountry != "CN")),
        ("description", 10, p => p.Description is not null),
        ("ticket_min_fen", 5, p => p.TicketMinFen is not null),
        ("ticket_max_fen", 5, p => p.TicketMaxFen is not null),
        ("chain_positions_sought", 5, p => p.ChainPositionsSought.Count > 0),
        ("cooperation_modes", 5, p => p.CooperationModes.Count > 0),
        ("preferred_regions", 5, p => p.PreferredRegions.Count > 0),
        ("land_needed_square_metres", 5, p => p.LandNeededSquareMetres is not null),
        ("languages", 5, p => p.Languages.Count > 0),
        ("keywords", 5, p => p.Keywords.Count > 0),
        ("name_en", 5, p => p.NameEn is not null),
        ("description_en", 5, p => p.DescriptionEn is not null),
        ("contact_name", 5, p => p.ContactName is not null),
    ];

    public static int Of(OrganisationProfile profile) => Items.Where(i => i.Present(profile)).Sum(i => i.Points);

    /// <summary>The empty items, most points first (ties in a fixed order).</summary>
    public static IReadOnlyList<CompletenessItem> Missing(OrganisationProfile profile) =>
        Items.Where(i => !i.Present(profile)).OrderByDescending(i => i.Points).Select(i => new CompletenessItem(i.Field, i.Points)).ToList();
}
