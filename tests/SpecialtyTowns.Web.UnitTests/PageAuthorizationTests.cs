using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace SpecialtyTowns.Web.UnitTests;

/// <summary>Every page states who may see it, as every API route does.</summary>
public sealed class PageAuthorizationTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in typeof(SpecialtyTowns.Gateway.Web.Localization.CommonText).Assembly.GetTypes()
                     .Where(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Length > 0))
        {
            data.Add(page.FullName!);
        }

        return data;
    }

    [Fact]
    public void Pages_WhenListed_IncludeTheSignInPage() =>
        Assert.Contains(typeof(SpecialtyTowns.Gateway.Web.Localization.CommonText).Assembly.GetTypes(), t => t.FullName!.EndsWith(".Account.Login", StringComparison.Ordinal)
            && t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Length > 0);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_WhenRoutable_SaysWhoMaySeeIt(string pageType)
    {
        var type = typeof(SpecialtyTowns.Gateway.Web.Localization.CommonText).Assembly.GetType(pageType)!;
        var open = type.GetCustomAttributes(typeof(AllowAnonymousAttribute), inherit: true).Length > 0;
        var closed = type.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Length > 0;
        Assert.True(open ^ closed, $"{pageType} must carry exactly one of [AllowAnonymous] or [Authorize]");
    }
}
