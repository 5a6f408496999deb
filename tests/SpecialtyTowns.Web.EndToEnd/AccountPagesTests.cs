using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed partial class AccountPagesTests(WebFixture fixture)
{
    private readonly AccountSetup _setup = new(fixture);

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("zh-CN", "phone")]
    [InlineData("en", "desktop")]
    [InlineData("en", "phone")]
    public async Task Register_WhenOpened_ShowsEveryFieldWithThePasswordRules(string culture, string screen)
    {
        var page = await fixture.NewPageAsync(culture, ViewportFor(screen));

        await page.GotoAsync("/account/register");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(culture == "en" ? "Sign up" : "注册账户");
        await Assertions.Expect(page.Locator("#password-rules")).ToContainTextAsync(culture == "en" ? "At least 10 characters" : "至少 10 个字符");
        Assert.Equal(["investor", "town", "enterprise", "organizer"], await page.Locator("#role option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        Assert.True(await page.Locator("#townId option").CountAsync() > 1);
        await Assertions.Expect(page.Locator("label[for=enterpriseId]")).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"account-register-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task Register_WhenAnInvestorSignsUp_CanSignInAtOnce(string culture, string screen)
    {
        var page = await fixture.NewPageAsync(culture, ViewportFor(screen));
        var email = AccountSetup.Email("investor");

        await FillRegistrationAsync(page, email, AccountSetup.Password, "investor");

        var done = page.Locator(".st-registered");
        await Assertions.Expect(done).ToContainTextAsync(culture == "en" ? "you can sign in now" : "现在即可登录");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"account-register-active-{culture}-{screen}");
        await page.Locator("main a[href='/account/login']").ClickAsync();
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await Assertions.Expect(page.Locator(".st-user")).ToHaveTextAsync(email);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop", "密码至少需要 10 个字符。")]
    [InlineData("en", "phone", "Passwords must be at least 10 characters.")]
    public async Task Register_WhenThePasswordBreaksTheRules_ShowsTheApiMessageAtTheFieldAndNeverEchoesIt(string culture, string screen, string message)
    {
        var page = await fixture.NewPageAsync(culture, ViewportFor(screen));
        var email = AccountSetup.Email("weak");
        const string weak = "short1";

        await FillRegistrationAsync(page, email, weak, "investor");

        await Assertions.Expect(page.Locator("#error-password")).ToContainTextAsync(message);
        await Assertions.Expect(page.Locator("#password")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(email, await page.Locator("#email").InputValueAsync());
        Assert.Equal(string.Empty, await page.Locator("#password").InputValueAsync());
        Assert.DoesNotContain(weak, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Null(await _setup.PendingIdAsync(email));
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"account-register-refused-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Register_WhenATownAccountSignsUp_WaitsUntilTheAdminApprovesItInTheBrowser()
    {
        var townId = await _setup.TownAsync("页审");
        var email = AccountSetup.Email("town");
        var town = await fixture.NewPageAsync("en");
        var admin = await fixture.NewPageAsync("zh-CN", Viewport.Phone);

        await FillRegistrationAsync(town, email, AccountSetup.Password, "town", townId);
        await Assertions.Expect(town.Locator(".st-registered")).ToContainTextAsync("awaits approval");
        await PageChecks.ScreenshotAsync(town, "account-register-pending-en-desktop");
        await SubmitSignInAsync(town, email, AccountSetup.Password);
        await Assertions.Expect(town.Locator(".st-alert")).ToContainTextAsync("The account awaits approval");
        await WebFixture.SignInAsync(admin, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await admin.GotoAsync("/admin/accounts");
        await admin.Locator($"li[data-email='{email}'] button[value^='approve:']").ClickAsync();
        await Assertions.Expect(admin.Locator("[role=status].st-alert")).ToContainTextAsync($"已批准 {email}");
        await Assertions.Expect(admin.Locator($"li[data-email='{email}']")).ToHaveCountAsync(0);
        await WebFixture.SignInAsync(town, email, AccountSetup.Password);

        await Assertions.Expect(town.Locator(".st-user")).ToHaveTextAsync(email);
        Assert.Null(await _setup.PendingIdAsync(email));
        await town.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task Approvals_WhenTheAdminRejectsAnAccount_ItsSignInIsRefusedAsNotApproved()
    {
        var email = AccountSetup.Email("organizer");
        await _setup.RegisterAsync(email, "organizer");
        var admin = await fixture.NewPageAsync("en");
        await WebFixture.SignInAsync(admin, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);

        await admin.GotoAsync("/admin/accounts");
        await admin.Locator($"li[data-email='{email}'] button[value^='reject:']").ClickAsync();

        await Assertions.Expect(admin.Locator("[role=status].st-alert")).ToContainTextAsync($"{email} rejected");
        var user = await fixture.NewPageAsync("en");
        await SubmitSignInAsync(user, email, AccountSetup.Password);
        await Assertions.Expect(user.Locator(".st-alert")).ToContainTextAsync("The account was not approved");
        await admin.Context.CloseAsync();
        await user.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("zh-CN", "phone")]
    [InlineData("en", "desktop")]
    [InlineData("en", "phone")]
    public async Task Approvals_WhenATownOpensIt_ListsOnlyItsOwnEnterprisesAccounts(string culture, string screen)
    {
        var townId = await _setup.TownAsync("本镇");
        var townEmail = AccountSetup.Email("town");
        await _setup.ApprovedTownAsync(townEmail, townId);
        var ownEmail = AccountSetup.Email("own");
        await _setup.RegisterAsync(ownEmail, "enterprise", enterpriseId: await _setup.EnterpriseAsync(townId));
        var organizerEmail = AccountSetup.Email("organizer");
        await _setup.RegisterAsync(organizerEmail, "organizer");
        var page = await fixture.NewPageAsync(culture, ViewportFor(screen));
        await WebFixture.SignInAsync(page, townEmail, AccountSetup.Password);

        await page.GotoAsync("/admin/accounts");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(culture == "en" ? "Account approvals" : "账户审核");
        await Assertions.Expect(page.Locator("li.st-approval")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"li[data-email='{ownEmail}']")).ToContainTextAsync(culture == "en" ? "Enterprise" : "企业");
        await Assertions.Expect(page.Locator($"li[data-email='{ownEmail}'] time")).ToContainTextAsync(culture == "en" ? "China Standard Time" : "北京时间");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"account-approvals-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Approvals_WhenATownPostsADecisionTheApiWouldRefuse_ShowsNotFoundAndNothingChanges()
    {
        var townId = await _setup.TownAsync("本镇");
        var townEmail = AccountSetup.Email("town");
        await _setup.ApprovedTownAsync(townEmail, townId);
        var otherEnterpriseEmail = AccountSetup.Email("other");
        await _setup.RegisterAsync(otherEnterpriseEmail, "enterprise", enterpriseId: await _setup.EnterpriseAsync(await _setup.TownAsync("他镇")));
        var organizerEmail = AccountSetup.Email("organizer");
        await _setup.RegisterAsync(organizerEmail, "organizer");
        var otherId = await _setup.PendingIdAsync(otherEnterpriseEmail);
        var organizerId = await _setup.PendingIdAsync(organizerEmail);
        var page = await fixture.NewPageAsync("en");
        await WebFixture.SignInAsync(page, townEmail, AccountSetup.Password);
        await page.GotoAsync("/admin/accounts");
        await Assertions.Expect(page.Locator(".st-empty")).ToBeVisibleAsync();

        await PostForgedDecisionAsync(page, "approve:" + otherId);
        await Assertions.Expect(page.Locator(".st-alert[role=alert]")).ToHaveTextAsync("No such account awaits your decision");
        await PostForgedDecisionAsync(page, "reject:" + organizerId);
        await Assertions.Expect(page.Locator(".st-alert[role=alert]")).ToHaveTextAsync("No such account awaits your decision");

        Assert.Equal(otherId, await _setup.PendingIdAsync(otherEnterpriseEmail));
        Assert.Equal(organizerId, await _setup.PendingIdAsync(organizerEmail));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Approvals_WhenTheAccountWasDecidedMeanwhile_ShowsTheApiConflictInChinese()
    {
        var email = AccountSetup.Email("organizer");
        await _setup.RegisterAsync(email, "organizer");
        var page = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(page, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await page.GotoAsync("/admin/accounts");
        using (await (await _setup.AdminAsync()).PostAsync($"/api/v1/accounts/{await _setup.PendingIdAsync(email)}/approve", null))
        {
        }

        await page.Locator($"li[data-email='{email}'] button[value^='reject:']").ClickAsync();

        await Assertions.Expect(page.Locator(".st-alert[role=alert]")).ToHaveTextAsync("该账户已被批准");
        await Assertions.Expect(page.Locator($"li[data-email='{email}']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Approvals_WhenSignedOut_SendsToSignInAndBackAfterwards()
    {
        var page = await fixture.NewPageAsync("en", Viewport.Phone);

        await page.GotoAsync("/admin/accounts");
        await page.WaitForURLAsync(LoginWithReturnUrl());
        await page.Locator("#email").FillAsync(SystemUnderTest.AdminEmail);
        await page.Locator("#password").FillAsync(SystemUnderTest.AdminPassword);
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin/accounts");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Account approvals");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WhenTheReturnUrlIsAnotherSite_StaysOnThisSite()
    {
        var email = AccountSetup.Email("investor");
        await _setup.RegisterAsync(email, "investor");
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/account/login?returnUrl=//evil.example");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(AccountSetup.Password);
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".st-user")).ToHaveTextAsync(email);
        Assert.Equal(new Uri(fixture.System.GatewayAddress, "/"), new Uri(page.Url));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Approvals_WhenAnInvestorOpensIt_AnswersTheDeniedPageWith403()
    {
        var email = AccountSetup.Email("investor");
        await _setup.RegisterAsync(email, "investor");
        var page = await fixture.NewPageAsync("en");
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        var response = await page.GotoAsync("/admin/accounts");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Access denied");
        await Assertions.Expect(page.Locator("li.st-approval")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "请 (29[0-9]|300) 秒后再试")]
    [InlineData("en", "try again in (29[0-9]|300) s")]
    public async Task SignIn_WhenTooManyFailures_ShowsTheWaitTheApiGives(string culture, string wait)
    {
        var email = AccountSetup.Email("throttled");
        await _setup.RegisterAsync(email, "investor");
        var page = await fixture.NewPageAsync(culture);

        // Five free failures, then the throttle answers (the test system's first delay is 5 minutes).
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await SubmitSignInAsync(page, email, "wrong-password-" + attempt);
        }

        await Assertions.Expect(page.Locator(".st-alert")).ToContainTextAsync(new Regex(wait));
        await SubmitSignInAsync(page, email, AccountSetup.Password);
        await Assertions.Expect(page.Locator(".st-alert")).ToContainTextAsync(new Regex(wait));
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static Viewport ViewportFor(string screen) => screen == "phone" ? Viewport.Phone : Viewport.Desktop;

    /// <summary>Fills and submits the sign-up form (also used by the journey tests).</summary>
    internal static async Task FillRegistrationAsync(IPage page, string email, string password, string role, string? townId = null)
    {
        await page.GotoAsync("/account/register");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#role").SelectOptionAsync(role);
        if (townId is not null)
        {
            await page.Locator("#townId").SelectOptionAsync(townId);
        }

        await page.Locator("form.st-form button[type=submit]").ClickAsync();
    }

    /// <summary>Submits the sign-in form and waits for the refusal (the page stays on sign-in).</summary>
    private static async Task SubmitSignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".st-alert")).ToBeVisibleAsync();
    }

    /// <summary>A decision button the page never offered, posted with the page's own antiforgery token.</summary>
    private static async Task PostForgedDecisionAsync(IPage page, string verdict)
    {
        await page.EvaluateAsync(
            """
            verdict => {
                const button = document.createElement('button');
                button.type = 'submit'; button.name = 'Decision.Verdict'; button.value = verdict; button.id = 'forged'; button.textContent = 'forged';
                document.querySelector('form.st-approvals').appendChild(button);
            }
            """,
            verdict);
        await page.RunAndWaitForResponseAsync(() => page.Locator("#forged").ClickAsync(), r => r.Request.Method == "POST");
    }

    [GeneratedRegex("/account/login\\?returnUrl=%2Fadmin%2Faccounts$")]
    private static partial Regex LoginWithReturnUrl();
}
