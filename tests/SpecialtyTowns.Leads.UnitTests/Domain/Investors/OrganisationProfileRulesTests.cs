using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Investors;

public sealed class OrganisationProfileRulesTests
{
    private static readonly OrganisationProfile Valid = new() { Name = "山西双雁集团有限公司", IndustriesSought = ["C14"], ConsentToContact = true, ContactName = "王经理" };

    public static TheoryData<string, OrganisationProfile> Broken => new()
    {
        { "profile.name", Valid with { Name = " " } },
        { "profile.unified_social_credit_code", Valid with { UnifiedSocialCreditCode = "91330100799655058C" } },
        { "profile.headquarters_country", Valid with { HeadquartersCountry = "china" } },
        { "profile.headquarters_country", Valid with { HeadquartersProvince = "山西省", HeadquartersCountry = "DE" } },
        { "profile.industries_sought", Valid with { IndustriesSought = ["C14", "Z9"] } },
        { "profile.chain_positions_sought", Valid with { ChainPositionsSought = ["sideways"] } },
        { "profile.cooperation_modes", Valid with { CooperationModes = ["barter"] } },
        { "profile.languages", Valid with { Languages = ["zh", "chinese!"] } },
        { "profile.ticket_min_fen", Valid with { TicketMinFen = -1 } },
        { "profile.ticket_max_fen", Valid with { TicketMinFen = 200, TicketMaxFen = 100 } },
        { "profile.ticket_max_fen", Valid with { TicketMaxFen = InvestorLimits.MaxTicketFen + 1 } },
        { "profile.land_needed_square_metres", Valid with { LandNeededSquareMetres = -0.01m } },
        { "profile.consent_to_contact", Valid with { ConsentToContact = false } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Check_WhenAValueBreaksARule_NamesItsField(string field, OrganisationProfile profile)
    {
        var exception = Assert.Throws<InvalidValueException>(() => OrganisationProfileRules.Check(profile));

        Assert.Equal(field, exception.Field);
    }

    [Fact]
    public void Check_WhenValid_NormalisesCodeListsAndCountry()
    {
        var profile = Valid with
        {
            UnifiedSocialCreditCode = " 91330100799655058b ",
            HeadquartersProvince = "山西省",
            ChainPositionsSought = ["downstream", "upstream", "downstream"],
            Languages = ["zh", "ZH", "en-GB"],
            TicketMinFen = 100,
            TicketMaxFen = 100,
        };

        var checkedProfile = OrganisationProfileRules.Check(profile);

        Assert.Equal("91330100799655058B", checkedProfile.UnifiedSocialCreditCode);
        Assert.Equal("CN", checkedProfile.HeadquartersCountry);
        Assert.Equal(["upstream", "downstream"], checkedProfile.ChainPositionsSought);
        Assert.Equal(["zh", "en-GB"], checkedProfile.Languages);
    }
}
