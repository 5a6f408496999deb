using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The public pages: the towns on the home page, a town's page and a project's page.</summary>
[Collection(WebCollection.Name)]
public sealed class PublicPagesTests(WebFixture fixture)
{
    /// <summary>A seed town whose source articles give figures (output value in yuan, no year).</summary>
    private const string SeedTown = "定襄法兰专业镇";

    public static TheoryData<string, string> CulturesAndScreens => new()
    {
        { "zh-CN", "desktop" },
        { "zh-CN", "phone" },
        { "en", "desktop" },
        { "en", "phone" },
    };

    [Theory]
    [MemberData(nameof(CulturesAndScreens))]
    public async Task Home_WhenOpened_ListsTheTownsWithFiguresAndDrawsTheChartWithItsTable(string culture, string screen)
    {
        var english = culture == "en";
        var page = await fixture.NewPageAsync(culture, ViewportOf(screen));

        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(english ? "Shanxi's specialty towns" : "山西特色专业镇");
        var seed = page.Locator(".st-town-card").Filter(new() { HasText = SeedTown });
        await Assertions.Expect(seed.First).ToBeVisibleAsync();
        var card = await seed.First.InnerTextAsync();
        Assert.Contains(english ? "14.2 billion yuan" : "142 亿元", card, StringComparison.Ordinal);
        Assert.Contains(english ? "year not stated" : "年份未注明", card, StringComparison.Ordinal);
        Assert.Contains(english ? "Source: " : "来源：", card, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".st-chart canvas")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-chart-table tbody tr")).ToHaveCountAsync(3);
        Assert.Contains(english ? "Specialty agriculture" : "特色农业", await page.Locator(".st-chart").GetAttributeAsync("aria-label") ?? string.Empty, StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"public-home-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_WhenACategoryIsChosen_ShowsOnlyItsTownsAndKeepsTheFilterInTheLink()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#filter-category").SelectOptionAsync("specialty-agriculture");
        await page.Locator("form.st-filters button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/?category=specialty-agriculture**");
        await Assertions.Expect(page.Locator(".st-group-title")).ToHaveTextAsync(["特色农业"]);
        await Assertions.Expect(page.Locator("#filter-category")).ToHaveValueAsync("specialty-agriculture");
        Assert.DoesNotContain(SeedTown, await page.Locator(".st-town-grid").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".st-chart-table tbody tr")).ToHaveCountAsync(3);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_WhenReachedByEnhancedNavigation_DrawsTheChartWhichNoOtherPageLoads()
    {
        var page = await fixture.NewPageAsync();
        var echartsRequests = 0;
        page.Request += (_, request) => echartsRequests += request.Url.Contains("echarts", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync($"/towns/{await SeedTownIdAsync()}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(SeedTown);
        var echartsOnTownPage = echartsRequests;

        await page.Locator(".st-breadcrumb a[href='/']").ClickAsync();

        await Assertions.Expect(page.Locator(".st-chart canvas")).ToBeVisibleAsync();
        Assert.Equal(0, echartsOnTownPage);
        Assert.Equal(1, echartsRequests);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Blazor === 'object' && !!document.querySelector('.st-chart[data-chart-drawn]')"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(CulturesAndScreens))]
    public async Task TownPage_WhenASeedTownIsOpened_ShowsItsProfileAndFiguresWithYearAndSource(string culture, string screen)
    {
        var english = culture == "en";
        var id = await SeedTownIdAsync();
        var page = await fixture.NewPageAsync(culture, ViewportOf(screen));

        var response = await page.GotoAsync($"/towns/{id}");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(SeedTown);
        var figures = page.Locator(".st-figures");
        await Assertions.Expect(figures).ToContainTextAsync(english ? "14.2 billion yuan" : "142 亿元");
        await Assertions.Expect(figures).ToContainTextAsync(english ? "40,000 people" : "40,000 人");
        await Assertions.Expect(figures).ToContainTextAsync(english ? "33.3%" : "33.3%");
        await Assertions.Expect(figures).ToContainTextAsync(english ? "year not stated" : "年份未注明");
        await Assertions.Expect(page.Locator(".st-descriptions")).ToContainTextAsync(english ? "Advanced manufacturing" : "先进制造业");
        await Assertions.Expect(page.Locator("#platforms-title")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-signin-contacts")).ToHaveAttributeAsync("href", $"/account/login?returnUrl=%2Ftowns%2F{id}");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"public-town-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TownPage_WhenAVisitorOpensIt_ShowsNoContactsAsTheApiGivesNoneButASignedInUserSeesThem()
    {
        using var admin = await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        var townId = await NewTownAsync(admin);
        var contact = "联系人" + Guid.NewGuid().ToString("N")[..6];
        using (var patched = await admin.PatchAsJsonAsync($"/api/v1/towns/{townId}", new { contacts = new[] { new { name = contact, role = "招商局", phone = "0350-1234567" } } }))
        {
            patched.EnsureSuccessStatusCode();
        }

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync($"/towns/{townId}");
        var seenByApi = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}");
        var member = await fixture.NewPageAsync("en", Viewport.Phone);
        await WebFixture.SignInAsync(member, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await member.GotoAsync($"/towns/{townId}");

        await Assertions.Expect(visitor.Locator(".st-signin-contacts")).ToBeVisibleAsync();
        Assert.DoesNotContain(contact, await visitor.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, seenByApi.GetProperty("contacts").GetArrayLength());
        await Assertions.Expect(member.Locator(".st-contacts")).ToContainTextAsync(contact);
        await Assertions.Expect(member.Locator(".st-contacts a[href='tel:0350-1234567']")).ToBeVisibleAsync();
        await Assertions.Expect(member.Locator(".st-signin-contacts")).ToHaveCountAsync(0);
        await PageChecks.AssertAccessibleAsync(member);
        await PageChecks.ScreenshotAsync(member, "public-town-contacts-en-phone");
        await visitor.Context.CloseAsync();
        await member.Context.CloseAsync();
    }

    [Fact]
    public async Task TownPage_WhenTheTownHasAPublishedProjectAndADraft_AVisitorSeesOnlyThePublishedOneAsTheApiGivesIt()
    {
        using var admin = await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        var townId = await NewTownAsync(admin);
        var (publishedId, published) = await NewProjectAsync(admin, townId);
        await PublishAsync(admin, publishedId);
        var (draftId, draft) = await NewProjectAsync(admin, townId);

        var visitor = await fixture.NewPageAsync("en", Viewport.Phone);
        await visitor.GotoAsync($"/towns/{townId}");
        var seenByApi = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/projects");
        var owner = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(owner, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await owner.GotoAsync($"/towns/{townId}");

        var visitorRow = visitor.Locator(".st-project-row");
        await Assertions.Expect(visitorRow).ToHaveCountAsync(1);
        await Assertions.Expect(visitorRow.Locator($"a[href='/projects/{publishedId}']")).ToHaveTextAsync("Flange forging line");
        await Assertions.Expect(visitorRow).ToContainTextAsync("Published");
        Assert.DoesNotContain(draftId, await visitor.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, seenByApi.GetProperty("total").GetInt32());
        await Assertions.Expect(owner.Locator(".st-project-row")).ToHaveCountAsync(2);
        await Assertions.Expect(owner.Locator($".st-project-row:has(a[href='/projects/{draftId}'])")).ToContainTextAsync("草稿");
        await Assertions.Expect(owner.Locator(".st-projects")).ToContainTextAsync(published);
        await Assertions.Expect(owner.Locator(".st-projects")).ToContainTextAsync(draft);
        await PageChecks.AssertAccessibleAsync(visitor);
        await PageChecks.ScreenshotAsync(visitor, "public-town-projects-en-phone");
        await PageChecks.ScreenshotAsync(owner, "public-town-projects-owner-zh-CN-desktop");
        await visitor.Context.CloseAsync();
        await owner.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(CulturesAndScreens))]
    public async Task ProjectPage_WhenAPublishedProjectIsOpened_ShowsItsDetailsInTheReadersLanguage(string culture, string screen)
    {
        var english = culture == "en";
        using var admin = await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        var townId = await NewTownAsync(admin);
        var (projectId, title) = await NewProjectAsync(admin, townId);
        await PublishAsync(admin, projectId);
        var page = await fixture.NewPageAsync(culture, ViewportOf(screen));

        var response = await page.GotoAsync($"/projects/{projectId}");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(english ? "Flange forging line" : title);
        var money = page.Locator(".st-descriptions .st-money");
        await Assertions.Expect(money).ToHaveTextAsync(english ? "5–80 million yuan" : "500–8,000 万元");
        await Assertions.Expect(money).ToHaveAttributeAsync("title", "¥5,000,000.50 – ¥80,000,000.00");
        var details = page.Locator(".st-descriptions");
        await Assertions.Expect(details).ToContainTextAsync(english ? "Joint venture" : "合资经营");
        await Assertions.Expect(details).ToContainTextAsync(english ? "12,000.5 m²" : "12,000.5 平方米");
        await Assertions.Expect(details).ToContainTextAsync("2027-06-30");
        await Assertions.Expect(details).ToContainTextAsync(english ? "Published" : "已发布");
        await Assertions.Expect(details.Locator("time .st-zone")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($".st-breadcrumb a[href='/towns/{townId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-contact")).ToContainTextAsync("0350-7654321");
        // The description has no English version: English readers get the Chinese, marked as such.
        await Assertions.Expect(page.Locator(english ? ".st-description span[lang='zh-CN']" : ".st-description")).ToContainTextAsync("年产法兰");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"public-project-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ProjectPage_WhenTheProjectIsADraft_AVisitorGetsTheNotFoundPageAsFromTheApiButItsTownSeesIt()
    {
        using var admin = await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        var townId = await NewTownAsync(admin);
        var (projectId, title) = await NewProjectAsync(admin, townId);

        var visitor = await fixture.NewPageAsync();
        var response = await visitor.GotoAsync($"/projects/{projectId}");
        using var api = await fixture.Api.GetAsync($"/api/v1/projects/{projectId}");
        var owner = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(owner, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await owner.GotoAsync($"/projects/{projectId}");

        Assert.Equal(404, response!.Status);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("页面不存在");
        Assert.DoesNotContain(title, await visitor.ContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(owner.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(owner.Locator(".st-status")).ToHaveTextAsync("草稿");
        await visitor.Context.CloseAsync();
        await owner.Context.CloseAsync();
    }

    [Theory]
    [InlineData("towns", "zh-CN", "页面不存在")]
    [InlineData("projects", "en", "Page not found")]
    public async Task DetailPage_WhenTheIdIsUnknown_AnswersTheNotFoundPageWith404(string kind, string culture, string heading)
    {
        var page = await fixture.NewPageAsync(culture, Viewport.Phone);

        var response = await page.GotoAsync($"/{kind}/{Guid.NewGuid()}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"public-{kind}-unknown-{culture}-phone");
        await page.Context.CloseAsync();
    }

    private static Viewport ViewportOf(string screen) => screen == "phone" ? Viewport.Phone : Viewport.Desktop;

    private async Task<string> SeedTownIdAsync()
    {
        var result = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={Uri.EscapeDataString(SeedTown)}&pageSize=5");
        return result.GetProperty("items").EnumerateArray().First(t => t.GetProperty("name").GetString() == SeedTown).GetProperty("id").GetString()!;
    }

    private static async Task<string> NewTownAsync(HttpClient admin)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var response = await admin.PostAsJsonAsync("/api/v1/towns", new
        {
            name = "公开页测试镇" + suffix,
            nameEn = "Public pages test town " + suffix,
            city = "忻州市",
            county = "定襄县",
            level = "municipal",
            category = "advanced-manufacturing",
            mainIndustry = "法兰锻造",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<(string Id, string Title)> NewProjectAsync(HttpClient admin, string townId)
    {
        var title = "法兰锻造生产线" + Guid.NewGuid().ToString("N")[..6];
        using var response = await admin.PostAsJsonAsync("/api/v1/projects", new
        {
            townId,
            title,
            titleEn = "Flange forging line",
            description = "年产法兰 5 万吨的锻造生产线。",
            industry = "C33",
            amountMinYuan = 5_000_000.50m,
            amountMaxYuan = 80_000_000m,
            cooperationModes = new[] { "joint-venture", "equity" },
            landAreaSquareMetres = 12_000.5m,
            incentives = "前三年租金减半",
            location = "定襄县经济技术开发区",
            deadline = "2027-06-30",
            contactName = "赵经理",
            contactPhone = "0350-7654321",
        });
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, title);
    }

    private static async Task PublishAsync(HttpClient admin, string projectId)
    {
        using var response = await admin.PostAsJsonAsync($"/api/v1/projects/{projectId}/status", new { status = "published" });
        response.EnsureSuccessStatusCode();
    }
}
