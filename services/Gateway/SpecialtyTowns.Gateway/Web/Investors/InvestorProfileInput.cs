using System.Globalization;
using SpecialtyTowns.Gateway.Web.Forms;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Investors;

/// <summary>
/// The organisation profile form as posted. Lists of text are one item a line; chain positions and
/// cooperation modes are checkboxes read from the posted form (one value per box ticked). Money in
/// yuan, as typed; the page turns it into fen, and refuses what is not an amount.
/// </summary>
public sealed class InvestorProfileInput
{
    public const string ChainPositionField = "chainPosition";

    public const string CooperationModeField = "cooperationMode";

    public string? RequestId { get; set; }

    /// <summary>The version the form was filled from (0 before the first save): a stale edit is refused.</summary>
    public int ExpectedVersion { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Type { get; set; } = "company";

    public string? UnifiedSocialCreditCode { get; set; }

    public string? HeadquartersProvince { get; set; }

    public string? HeadquartersCity { get; set; }

    public string? HeadquartersCountry { get; set; }

    public string? IndustriesSought { get; set; }

    /// <summary>Not posted under this name (see <see cref="ChainPositionField"/>).</summary>
    public List<string>? ChainPositionsSought { get; set; } = [];

    public string? TicketMinYuan { get; set; }

    public string? TicketMaxYuan { get; set; }

    /// <summary>Not posted under this name (see <see cref="CooperationModeField"/>).</summary>
    public List<string>? CooperationModes { get; set; } = [];

    public string? PreferredRegions { get; set; }

    public string? LandNeededSquareMetres { get; set; }

    public string? Languages { get; set; }

    public string? Keywords { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public bool ConsentToContact { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public static InvestorProfileInput New() => new() { RequestId = Guid.NewGuid().ToString() };

    public static InvestorProfileInput From(InvestorOrganisation organisation)
    {
        var p = organisation.Profile;
        return new InvestorProfileInput
        {
            RequestId = Guid.NewGuid().ToString(),
            ExpectedVersion = organisation.Version,
            Name = p.Name,
            NameEn = p.NameEn,
            Type = p.Type,
            UnifiedSocialCreditCode = p.UnifiedSocialCreditCode,
            HeadquartersProvince = p.HeadquartersProvince,
            HeadquartersCity = p.HeadquartersCity,
            HeadquartersCountry = p.HeadquartersCountry,
            IndustriesSought = string.Join('\n', p.IndustriesSought),
            ChainPositionsSought = [.. p.ChainPositionsSought],
            TicketMinYuan = Yuan(p.TicketMinFen),
            TicketMaxYuan = Yuan(p.TicketMaxFen),
            CooperationModes = [.. p.CooperationModes],
            PreferredRegions = string.Join('\n', p.PreferredRegions),
            LandNeededSquareMetres = p.LandNeededSquareMetres,
            Languages = string.Join('\n', p.Languages),
            Keywords = string.Join('\n', p.Keywords),
            Description = p.Description,
            DescriptionEn = p.DescriptionEn,
            ConsentToContact = p.ConsentToContact,
            ContactName = p.ContactName,
            ContactPhone = p.ContactPhone,
            ContactEmail = p.ContactEmail,
        };
    }

    /// <summary>The checkboxes, as the browser posted them.</summary>
    public void ReadChecks(IFormCollection form)
    {
        ChainPositionsSought = [.. form[ChainPositionField].OfType<string>()];
        CooperationModes = [.. form[CooperationModeField].OfType<string>()];
    }

    /// <summary>Every field set (the form shows the whole profile); amounts that are no amount become form problems.</summary>
    public OrganisationProfile ToProfile(PageProblems problems, string notAnAmount)
    {
        var profile = new OrganisationProfile
        {
            Name = Trim(Name),
            NameEn = Trim(NameEn),
            Type = Type ?? string.Empty,
            UnifiedSocialCreditCode = Trim(UnifiedSocialCreditCode),
            HeadquartersProvince = Trim(HeadquartersProvince),
            HeadquartersCity = Trim(HeadquartersCity),
            HeadquartersCountry = Trim(HeadquartersCountry).ToUpperInvariant(),
            TicketMinFen = Fen(TicketMinYuan, "ticketMinYuan", problems, notAnAmount),
            TicketMaxFen = Fen(TicketMaxYuan, "ticketMaxYuan", problems, notAnAmount),
            LandNeededSquareMetres = Trim(LandNeededSquareMetres),
            Description = Trim(Description),
            DescriptionEn = Trim(DescriptionEn),
            ConsentToContact = ConsentToContact,
            ContactName = Trim(ContactName),
            ContactPhone = Trim(ContactPhone),
            ContactEmail = Trim(ContactEmail),
        };
        profile.IndustriesSought.AddRange(Lines(IndustriesSought).Select(i => i.ToUpperInvariant()));
        profile.ChainPositionsSought.AddRange(ChainPositionsSought ?? []);
        profile.CooperationModes.AddRange(CooperationModes ?? []);
        profile.PreferredRegions.AddRange(Lines(PreferredRegions));
        profile.Languages.AddRange(Lines(Languages));
        profile.Keywords.AddRange(Lines(Keywords));
        return profile;
    }

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split(['\n', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Yuan(long fen) => fen == 0 ? string.Empty : (fen / 100m).ToString(CultureInfo.InvariantCulture);

    private static long Fen(string? yuan, string field, PageProblems problems, string notAnAmount)
    {
        if (string.IsNullOrWhiteSpace(yuan))
        {
            return 0;
        }

        if (!decimal.TryParse(yuan.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount * 100m != decimal.Truncate(amount * 100m) || amount > long.MaxValue / 100m)
        {
            problems.Add(field, notAnAmount);
            return 0;
        }

        return (long)(amount * 100m);
    }
}
