using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The story in one browser session per person, through the pages only (the admin's
/// town registration is the one REST step: no page registers towns).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class JourneyTests(WebFixture fixture)
{
    private readonly AccountSetup _setup = new(fixture);

    [Fact]
    public async Task Visitor_WhenSearchingInChineseAndEnglish_OpensATownAndAProject()
    {
        var visitor = await fixture.NewPageAsync("zh-CN");
        await visitor.GotoAsync("/");
        await visitor.Locator("nav.st-nav a[href='/search']").ClickAsync();
        await Assertions.Expect(visitor.Locator(".st-suggest[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await visitor.Locator("input[name=q]").FillAsync("定襄 法兰");
        await visitor.Locator("input[name=q]").PressAsync("Enter");
        await visitor.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        // Other tests' projects mention Dingxiang flanges too: the visitor turns to the towns. The tab is
        // taken from the results page (its link carries the query), not the empty page still shown while it loads.
        await visitor.Locator(".st-kinds a[href*='kind=town'][href*='q=']").ClickAsync();
        // The real seed town; other tests' towns may mention flanges too.
        await visitor.WaitForURLAsync(url => url.Contains("kind=town", StringComparison.Ordinal) && url.Contains("q=", StringComparison.Ordinal));
        var town = visitor.Locator(".st-hit-title", new PageLocatorOptions { HasText = "定襄法兰专业镇" });
        await Assertions.Expect(town).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await town.ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync("定襄法兰专业镇");
        Assert.Contains("/towns/", visitor.Url, StringComparison.Ordinal);

        var townId = await _setup.TownAsync("旅程");
        using var data = new SearchData(fixture);
        var english = SearchData.UniqueEnglish();
        var projectId = await data.CreateProjectAsync(townId, "旅程项目" + SearchData.UniqueChinese(), english + " journey project", "equity", 1_000_000m, 2_000_000m);
        await visitor.Locator(".st-culture a[hreflang=en]").ClickAsync();
        await visitor.GotoAsync("/search?q=" + english);
        var project = visitor.Locator(".st-hit").First;
        await Assertions.Expect(project.Locator(".st-hit-title")).ToContainTextAsync(english + " journey project");
        await project.Locator(".st-hit-title").ClickAsync();
        await visitor.WaitForURLAsync($"**/projects/{projectId}");
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync(english);
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Newcomers_WhenAnInvestorSignsUpAndATownIsApprovedInTheBrowser_TheTownsNewProjectIsFoundByAVisitor()
    {
        // An investor signs up and signs in at once.
        var investorEmail = AccountSetup.Email("journey-investor");
        var investor = await fixture.NewPageAsync("zh-CN", Viewport.Phone);
        await AccountPagesTests.FillRegistrationAsync(investor, investorEmail, AccountSetup.Password, "investor");
        await Assertions.Expect(investor.Locator(".st-registered")).ToBeVisibleAsync();
        await WebFixture.SignInAsync(investor, investorEmail, AccountSetup.Password);
        await Assertions.Expect(investor.Locator(".st-user")).ToHaveTextAsync(investorEmail);
        await investor.Context.CloseAsync();

        // A town's official signs up, waits for the admin, who approves in the browser.
        var townId = await _setup.TownAsync("旅程镇");
        var townEmail = AccountSetup.Email("journey-town");
        var town = await fixture.NewPageAsync("zh-CN");
        await AccountPagesTests.FillRegistrationAsync(town, townEmail, AccountSetup.Password, "town", townId);
        await Assertions.Expect(town.Locator(".st-registered")).ToBeVisibleAsync();
        var admin = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(admin, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await admin.GotoAsync("/admin/accounts");
        await admin.Locator($"li[data-email='{townEmail}'] button[value^='approve:']").ClickAsync();
        await Assertions.Expect(admin.Locator($"li[data-email='{townEmail}']")).ToHaveCountAsync(0);
        await admin.Context.CloseAsync();

        // The town publishes a project from its workspace.
        var chinese = "旅程法兰" + SearchData.UniqueChinese();
        var english = SearchData.UniqueEnglish();
        await WebFixture.SignInAsync(town, townEmail, AccountSetup.Password);
        await town.GotoAsync("/workspace/projects/new");
        await town.Locator("#title").FillAsync(chinese + "扩产项目");
        await town.Locator("#titleEn").FillAsync(english + " flange expansion");
        await town.Locator("#description").FillAsync("年产十万件精密法兰生产线");
        await town.Locator("#industry").FillAsync("C33");
        await town.Locator("#amountMinYuan").FillAsync("50000000");
        await town.Locator("#amountMaxYuan").FillAsync("80000000");
        await town.Locator("input[name=cooperationMode][value=equity]").CheckAsync();
        await town.Locator("form.st-form button[type=submit]").ClickAsync();
        await town.WaitForURLAsync("**/workspace/projects/*/edit?created=1");
        await town.Locator("button[name='Move.To'][value=published]").ClickAsync();
        await Assertions.Expect(town.Locator(".st-status-published").First).ToBeVisibleAsync();
        await town.Context.CloseAsync();
        using var data = new SearchData(fixture);
        await Eventually.TrueAsync(async () => (await data.ApiSearchAsync(english)).Count > 0, TimeSpan.FromSeconds(30), "the published project in search");

        // A visitor finds it, in Chinese and in English, with its amount in 万元 and yuan.
        var visitor = await fixture.NewPageAsync("zh-CN");
        await visitor.GotoAsync("/search?q=" + Uri.EscapeDataString(chinese));
        await Assertions.Expect(visitor.Locator(".st-hit-title").First).ToContainTextAsync(chinese);
        await Assertions.Expect(visitor.Locator(".st-hit").First).ToContainTextAsync("5,000–8,000 万元");
        await visitor.Locator(".st-culture a[hreflang=en]").ClickAsync();
        await visitor.GotoAsync("/search?q=" + english);
        await Assertions.Expect(visitor.Locator(".st-hit-title").First).ToContainTextAsync(english + " flange expansion");
        await Assertions.Expect(visitor.Locator(".st-hit").First).ToContainTextAsync("50–80 million yuan");
        await visitor.Context.CloseAsync();
    }
}
