using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SpecialtyTowns.Gateway.Web.Enterprises;
using SpecialtyTowns.Gateway.Web.Forms;
using SpecialtyTowns.Gateway.Web.Localization;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class PageProblemsTests
{
    [Theory]
    [InlineData("zh-CN", "K", "统一社会信用代码的校验码有误（按 GB 32100-2015 应为“K”）")]
    [InlineData("zh-CN", "7", "统一社会信用代码的校验码有误（按 GB 32100-2015 应为“7”）")]
    [InlineData("en", "K", "the unified social credit code's check character is wrong (GB 32100-2015 calls for 'K')")]
    public void Localize_WhenTheCheckCharacterIsWrong_NamesTheCodeAndTheCharacterInThePagesLanguage(string culture, string character, string expected)
    {
        using var scope = new CultureScope(culture);
        var problems = Problems();

        var text = problems.Localize($"the check character is wrong (GB 32100-2015 calls for '{character}')");

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Localize_WhenAMessageQuotesCharactersThatAKnownTemplateKeeps_UsesThatTemplateFirst()
    {
        using var scope = new CultureScope("zh-CN");
        var problems = Problems();

        var known = problems.Localize("Passwords must have at least one lowercase ('a'-'z').");
        var unknown = problems.Localize("'Q' is not a thing we know");

        Assert.NotEqual("Passwords must have at least one lowercase ('a'-'z').", known);
        Assert.Equal("'Q' is not a thing we know", unknown);
    }

    [Fact]
    public void Take_WhenAUniquenessRefusalNamesItsField_PutsTheMessageAtThatFieldInChinese()
    {
        using var scope = new CultureScope("zh-CN");
        var problems = Problems();

        problems.Take(new RpcException(new Status(StatusCode.AlreadyExists, "profile.unified_social_credit_code: an enterprise with this unified social credit code is registered already")), EnterpriseFieldNames.Profile);

        Assert.Equal(["已有企业以此统一社会信用代码登记"], problems.For("unifiedSocialCreditCode"));
        Assert.NotNull(problems.General);
    }

    [Fact]
    public void Take_WhenAUniquenessRefusalNamesNoField_ShowsItAsTheGeneralMessage()
    {
        using var scope = new CultureScope("en");
        var problems = Problems();

        problems.Take(new RpcException(new Status(StatusCode.AlreadyExists, "A resource with the same identity already exists")));

        Assert.Empty(problems.Fields);
        Assert.Equal("A resource with the same identity already exists", problems.General);
    }

    private static PageProblems Problems()
    {
        var services = new ServiceCollection().AddLocalization(options => options.ResourcesPath = "Resources").AddLogging().BuildServiceProvider();
        return new PageProblems(services.GetRequiredService<IStringLocalizer<CommonText>>(), services.GetRequiredService<IStringLocalizer<ProblemText>>());
    }
}
