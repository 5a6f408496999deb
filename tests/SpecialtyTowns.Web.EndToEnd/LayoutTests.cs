using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class LayoutTests(WebFixture fixture)
{
    [Fact]
    public async Task Home_WhenOpenedWithoutChoosingALanguage_IsChinese()
    {
        var page = await fixture.NewPageAsync(culture: "en-US");
        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("首页", await page.Locator("nav.st-nav a[href='/']").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CultureSwitch_WhenEnglishChosen_EveryNavigationLabelIsEnglishAndTheChoiceSticks()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator(".st-culture a[hreflang=en]").ClickAsync();
        await page.WaitForURLAsync("**/account/login");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Sign in", await page.Locator("h1").InnerTextAsync());
        await page.GotoAsync("/");
        Assert.Equal("Home", await page.Locator("nav.st-nav a[href='/']").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task SignIn_WhenThePasswordIsWrong_ShowsTheRefusalAndKeepsTheEmail(string culture, string screen)
    {
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.com");
        await page.Locator("#password").FillAsync("wrong-password-1");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        var alert = page.Locator(".st-alert");
        await Assertions.Expect(alert).ToBeVisibleAsync();
        Assert.Contains(culture == "en" ? "Invalid email or password" : "邮箱或密码不正确", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("nobody-", await page.Locator("#email").InputValueAsync(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await page.Locator("#password").InputValueAsync());
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"login-refused-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WhenTheAdminSignsInAndOut_TheHeaderFollowsAndTheCookieIsHttpOnly()
    {
        var page = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(page, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await Assertions.Expect(page.Locator(".st-user")).ToHaveTextAsync(SystemUnderTest.AdminEmail);
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "st.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(Microsoft.Playwright.SameSiteAttribute.Lax, session.SameSite);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.cookie.indexOf('st.session') + 1"));

        await page.Locator("form[action='/account/logout'] button").ClickAsync();
        await Assertions.Expect(page.Locator(".st-account a[href='/account/login']")).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "st.session");
        await page.Context.CloseAsync();
    }
}
