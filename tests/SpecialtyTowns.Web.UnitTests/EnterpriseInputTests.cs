using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Enterprises;
using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class EnterpriseInputTests
{
    [Fact]
    public void From_WhenAProfileIsLoaded_OffersSpareRowsAndSendsTheSameProfileBack()
    {
        var enterprise = new Enterprise
        {
            Id = "e1",
            Version = 4,
            Profile = new EnterpriseProfile
            {
                Name = "定襄锻造", NameEn = "Dingxiang Forging", UnifiedSocialCreditCode = "91140000MA0K000000", IndustryCode = "C33",
                Products = { "法兰", "锻件" }, Certifications = { "ISO 9001" }, Equipment = { "数控车床" }, CncRatePercent = "85.5",
                RevenueBand = "100m-400m", EmployeeBand = "300-1000", Leading = true, ExportMarkets = { "欧洲" }, FoundedYear = 1998,
                Description = "法兰锻造", Source = "文章", Capacities = { new Capacity { Product = "法兰", Amount = "50000", Unit = "件/年" } },
                Contacts = { new EnterpriseContact { Name = "王经理", Phone = "0350-1234567" } },
            },
        };

        var input = EnterpriseInput.From(enterprise);

        Assert.Equal(4, input.ExpectedVersion);
        Assert.Equal(1 + EnterpriseInput.SpareRows, input.Capacities.Count);
        Assert.Equal(1 + EnterpriseInput.SpareRows, input.Contacts.Count);
        Assert.Equal(enterprise.Profile, input.ToProfile());
    }

    [Fact]
    public void ToProfile_WhenRowsAndLinesAreBlankAndTheYearIsNotANumber_DropsTheBlanksAndSendsAYearTheServiceRefuses()
    {
        var input = EnterpriseInput.New();
        input.Name = "  新企业 ";
        input.Products = "法兰\n\n  锻件  \n";
        input.FoundedYear = "一九九八";
        input.Capacities[1] = new CapacityInput { Product = "锻件", Amount = "12.5", Unit = "吨/年" };
        input.Contacts[0] = new ContactInput { Name = "李" };

        var profile = input.ToProfile();
        input.Compact();

        Assert.Equal("新企业", profile.Name);
        Assert.Equal(["法兰", "锻件"], profile.Products);
        Assert.Equal(-1, profile.FoundedYear);
        Assert.Equal("锻件", Assert.Single(profile.Capacities).Product);
        Assert.Equal("李", Assert.Single(profile.Contacts).Name);
        Assert.Equal("法兰\n锻件", input.Products);
        Assert.Single(input.Capacities);
    }

    [Theory]
    [InlineData("profile.unifiedSocialCreditCode", "unifiedSocialCreditCode")]
    [InlineData("profile.capacities[1].amount", "capacities[1].amount")]
    [InlineData("profile.products[0]", "products[0]")]
    [InlineData("foundedYear", "foundedYear")]
    public void FieldNames_WhenTheServiceNamesAProfileField_GivesTheFormsFlatName(string proto, string expected)
    {
        var json = SpecialtyTowns.Gateway.Errors.FieldNames.ToJson(proto, EnterpriseFieldNames.Profile);

        Assert.Equal(expected, json);
    }
}
