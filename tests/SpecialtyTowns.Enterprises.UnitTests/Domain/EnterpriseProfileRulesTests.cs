using SpecialtyTowns.SharedKernel.Identifiers;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain;

public sealed class EnterpriseProfileRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Check_WhenEverythingIsKnownAndValid_AcceptsAndUpperCasesTheCode()
    {
        var profile = Valid() with { UnifiedSocialCreditCode = "91330100799655058b" };

        var checkedProfile = EnterpriseProfileRules.Check(profile, Now);

        Assert.Equal("91330100799655058B", checkedProfile.UnifiedSocialCreditCode);
    }

    [Fact]
    public void Check_WhenOnlyTheNameIsKnown_Accepts()
    {
        var profile = new EnterpriseProfile("山西天宝集团有限公司", null, null, null, [], [], [], [], null, null, null, false, [], null, null, null, [], null);

        var checkedProfile = EnterpriseProfileRules.Check(profile, Now);

        Assert.Equal(profile, checkedProfile);
    }

    public static TheoryData<string, EnterpriseProfile> Broken => new()
    {
        { "profile.name", Valid() with { Name = " " } },
        { "profile.unified_social_credit_code", Valid() with { UnifiedSocialCreditCode = "914403001922038217" } },
        { "profile.industry_code", Valid() with { IndustryCode = "C99" } },
        { "profile.revenue_band", Valid() with { RevenueBand = "huge" } },
        { "profile.employee_band", Valid() with { EmployeeBand = "100-200" } },
        { "profile.founded_year", Valid() with { FoundedYear = 1799 } },
        { "profile.founded_year", Valid() with { FoundedYear = 2027 } },
        { "profile.cnc_rate_percent", Valid() with { CncRatePercent = -0.1m } },
        { "profile.cnc_rate_percent", Valid() with { CncRatePercent = 100.5m } },
        { "profile.capacities[1].amount", Valid() with { Capacities = [new Capacity("法兰", 1m, "件/年"), new Capacity("锻件", -1m, "吨/年")] } },
        { "profile.capacities[0].amount", Valid() with { Capacities = [new Capacity("法兰", EnterpriseLimits.MaxCapacityAmount + 1, "件/年")] } },
        { "profile.capacities[0].unit", Valid() with { Capacities = [new Capacity("法兰", 1m, " ")] } },
        { "profile.capacities[0].product", Valid() with { Capacities = [new Capacity(string.Empty, 1m, "件/年")] } },
        { "profile.contacts[0].name", Valid() with { Contacts = [new EnterpriseContact(" ", null, "0351-1234567", null)] } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Check_WhenAValueBreaksARule_RefusesNamingTheProtoField(string field, EnterpriseProfile profile)
    {
        var refusal = Assert.Throws<InvalidValueException>(() => EnterpriseProfileRules.Check(profile, Now));

        Assert.Equal(field, refusal.Field);
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(2026)]
    public void Check_WhenTheFoundingYearIsAtABound_Accepts(int year)
    {
        var profile = Valid() with { FoundedYear = year };

        var checkedProfile = EnterpriseProfileRules.Check(profile, Now);

        Assert.Equal(year, checkedProfile.FoundedYear);
    }

    [Fact]
    public void Check_WhenItIsNewYearInChinaButNotYetInUtc_AcceptsTheNewYear()
    {
        var newYearInShanghai = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero);

        var checkedProfile = EnterpriseProfileRules.Check(Valid() with { FoundedYear = 2027 }, newYearInShanghai);

        Assert.Equal(2027, checkedProfile.FoundedYear);
    }

    [Fact]
    public void Bands_WhenListed_AreTheDocumentedKeysSmallestFirst()
    {
        var revenue = RevenueBands.All;
        var employees = EmployeeBands.All;

        Assert.Equal(["under-5m", "5m-20m", "20m-100m", "100m-400m", "400m-2b", "over-2b"], revenue);
        Assert.Equal(["under-20", "20-300", "300-1000", "over-1000"], employees);
    }

    private static EnterpriseProfile Valid() => new(
        "定襄法兰有限公司",
        "Dingxiang Flange Co., Ltd.",
        null,
        "C33",
        ["法兰"],
        ["ISO 9001"],
        [new Capacity("法兰", 50000m, "件/年")],
        ["数控车床"],
        80m,
        RevenueBands.From100MTo400M,
        EmployeeBands.From300To1000,
        true,
        ["德国"],
        1995,
        "法兰锻造",
        null,
        [new EnterpriseContact("张经理", "销售", "0350-1234567", "sales@example.com")],
        "test");
}
