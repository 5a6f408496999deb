using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Investors;

public sealed class ProfileCompletenessTests
{
    [Fact]
    public void Of_WhenOnlyTheNameIsGiven_IsZeroAndEverythingIsMissingMostPointsFirst()
    {
        var profile = new OrganisationProfile { Name = "某投资公司" };

        var missing = ProfileCompleteness.Missing(profile);

        Assert.Equal(0, ProfileCompleteness.Of(profile));
        Assert.Equal(100, missing.Sum(m => m.Points));
        Assert.Equal("industries_sought", missing[0].Field);
        Assert.Equal(missing.Select(m => m.Points).OrderDescending(), missing.Select(m => m.Points));
    }

    [Fact]
    public void Of_WhenHeadquartersAbroad_CountsTheCountryInPlaceOfAProvince()
    {
        var abroad = new OrganisationProfile { Name = "Fonds GmbH", HeadquartersCountry = "DE" };
        var chinaWithoutProvince = new OrganisationProfile { Name = "某投资公司", HeadquartersCountry = "CN" };

        Assert.Equal(10, ProfileCompleteness.Of(abroad));
        Assert.Equal(0, ProfileCompleteness.Of(chinaWithoutProvince));
        Assert.Contains(ProfileCompleteness.Missing(chinaWithoutProvince), m => m.Field == "headquarters_province");
    }
}
