using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class WorkspacePagesTests(WebFixture fixture)
{
    private const string Password = "workspace-pass-1";

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("zh-CN", "phone")]
    [InlineData("en", "desktop")]
    [InlineData("en", "phone")]
    public async Task WorkspacePages_WhenOpenedInEachLanguageAndScreen_ShowTheTownItsProjectsAndTheForms(string culture, string screen)
    {
        var town = await TownAccountAsync();
        var project = await DraftAsync(town, "工作台展示项目");
        var page = await SignedInPageAsync(town, culture, screen);

        await page.GotoAsync("/workspace");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(town.Name);
        var row = page.Locator($"li[data-project-id='{project}']");
        await Assertions.Expect(row.Locator(".st-status-draft")).ToHaveTextAsync(culture == "en" ? "Draft" : "草稿");
        await Assertions.Expect(row.Locator(".st-project-title")).ToContainTextAsync("工作台展示项目");
        await CheckAsync(page, $"workspace-overview-{culture}-{screen}");

        await page.GotoAsync("/workspace/profile");
        await Assertions.Expect(page.Locator("#mainIndustry")).ToHaveValueAsync("陈醋 vinegar");
        await CheckAsync(page, $"workspace-profile-{culture}-{screen}");

        await page.GotoAsync("/workspace/projects/new");
        await Assertions.Expect(page.Locator("label[for=amountMinYuan]")).ToContainTextAsync(culture == "en" ? "yuan" : "元");
        await CheckAsync(page, $"workspace-project-new-{culture}-{screen}");

        await page.GotoAsync($"/workspace/projects/{project}/edit");
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("工作台展示项目");
        await Assertions.Expect(page.Locator("button[name='Move.To'][value=published]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-history-entry")).ToHaveCountAsync(1);
        await CheckAsync(page, $"workspace-project-edit-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Profile_WhenAFigureHasABadYearThenIsFixed_ShowsTheErrorAtItsFieldThenSavesForTheApi()
    {
        var town = await TownAccountAsync();
        var page = await SignedInPageAsync(town, "zh-CN", "desktop");
        await page.GotoAsync("/workspace/profile");

        await page.Locator("#mainIndustry").FillAsync("老陈醋 aged vinegar");
        await page.Locator("#facts").FillAsync("酿醋历史三千年\n醋企一百余家");
        await page.Locator("[id='keyFigures[0].metric']").FillAsync("醋产量");
        await page.Locator("[id='keyFigures[0].value']").FillAsync("800000");
        await page.Locator("[id='keyFigures[0].unit']").SelectOptionAsync("tonnes");
        await page.Locator("[id='keyFigures[0].year']").FillAsync("二〇二四");
        await page.Locator("[id='keyFigures[0].source']").FillAsync("清徐县政府工作报告");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#error-keyFigures-0--year")).ToContainTextAsync("须为年份");
        await Assertions.Expect(page.Locator("[id='keyFigures[0].year']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("[id='keyFigures[0].metric']")).ToHaveValueAsync("醋产量");
        await Assertions.Expect(page.Locator("#mainIndustry")).ToHaveValueAsync("老陈醋 aged vinegar");
        Assert.Equal("陈醋 vinegar", (await TownAsync(town.Id)).GetProperty("mainIndustry").GetString());

        await page.Locator("[id='keyFigures[0].year']").FillAsync("2024");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".ant-alert-success")).ToBeVisibleAsync();
        var saved = await TownAsync(town.Id);
        Assert.Equal("老陈醋 aged vinegar", saved.GetProperty("mainIndustry").GetString());
        Assert.Equal(["酿醋历史三千年", "醋企一百余家"], saved.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        var figure = saved.GetProperty("keyFigures").EnumerateArray().Single();
        Assert.Equal(("醋产量", 800000m, "tonnes", 2024), (figure.GetProperty("metric").GetString(), figure.GetProperty("value").GetDecimal(), figure.GetProperty("unit").GetString(), figure.GetProperty("year").GetInt32()));
        await page.Context.CloseAsync();
    }

    [Theory]
        [InlineData("zh-CN", "desktop", "不能低于投资额下限", "行业分类代码", "已发布")]
    [InlineData("en", "phone", "must not be below", "GB/T 4754 code", "Published")]
    public async Task Project_WhenCreatedWithBadFieldsThenFixedAndPublished_ShowsErrorsAtTheFieldsThenTheMoveInTheHistory(
        string culture, string screen, string rangeError, string industryError, string published)
    {
        var town = await TownAccountAsync();
        var page = await SignedInPageAsync(town, culture, screen);
        await page.GotoAsync("/workspace/projects/new");

        await page.Locator("#title").FillAsync("精密法兰扩产项目");
        await page.Locator("#description").FillAsync("建设年产十万件精密法兰生产线");
        await page.Locator("#industry").FillAsync("Z99");
        await page.Locator("#amountMinYuan").FillAsync("50000000");
        await page.Locator("#amountMaxYuan").FillAsync("100");
        await page.Locator("input[name=cooperationMode][value=equity]").CheckAsync();
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#error-amountMaxYuan")).ToContainTextAsync(rangeError);
        await Assertions.Expect(page.Locator("#error-industry")).ToContainTextAsync(industryError);
        await Assertions.Expect(page.Locator("#title")).ToHaveValueAsync("精密法兰扩产项目");
        await Assertions.Expect(page.Locator("#amountMaxYuan")).ToHaveValueAsync("100");
        await Assertions.Expect(page.Locator("input[name=cooperationMode][value=equity]")).ToBeCheckedAsync();
        Assert.Equal(0, (await ProjectsAsync(town)).GetProperty("total").GetInt32());
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"workspace-project-refused-{culture}-{screen}");

        await page.Locator("#industry").FillAsync("C33");
        await page.Locator("#amountMaxYuan").FillAsync("80000000.50");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/workspace/projects/*/edit?created=1");
        var id = page.Url.Split('/')[^2];
        await page.Locator("#note").FillAsync("首次发布");
        await page.Locator("button[name='Move.To'][value=published]").ClickAsync();

        await Assertions.Expect(page.Locator(".st-status-published").First).ToHaveTextAsync(published);
        var move = page.Locator(".st-history-entry").First;
        await Assertions.Expect(move).ToContainTextAsync(published);
        await Assertions.Expect(move).ToContainTextAsync("首次发布");
        await Assertions.Expect(move.Locator("time")).ToContainTextAsync(culture == "en" ? "China Standard Time" : "北京时间");
        var project = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.Equal("published", project.GetProperty("status").GetString());
        Assert.Equal(80000000.50m, project.GetProperty("amountMaxYuan").GetDecimal());
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"workspace-project-published-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditProject_WhenAnotherTownOpensOrPostsToIt_IsDeniedAndTheProjectStaysUnchanged()
    {
        var owner = await TownAccountAsync();
        var other = await TownAccountAsync();
        var draft = await DraftAsync(owner, "他镇草稿项目");
        var published = await DraftAsync(owner, "他镇已发布项目");
        using (var move = await owner.Api.PostAsJsonAsync($"/api/v1/projects/{published}/status", new { status = "published" }))
        {
            move.EnsureSuccessStatusCode();
        }

        var historyBefore = await HistoryCountAsync(owner, published);
        var page = await SignedInPageAsync(other, "zh-CN", "desktop");

        var denied = await page.GotoAsync($"/workspace/projects/{published}/edit");
        Assert.Equal((int)HttpStatusCode.Forbidden, denied!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
        Assert.Equal(0, await page.Locator("#title, button[name='Move.To']").CountAsync());
        var missing = await page.GotoAsync($"/workspace/projects/{draft}/edit");
        Assert.Equal((int)HttpStatusCode.NotFound, missing!.Status);
        var foreignWorkspace = await page.GotoAsync($"/workspace/towns/{owner.Id}");
        Assert.Equal((int)HttpStatusCode.Forbidden, foreignWorkspace!.Status);

        // A forged post with the other town's own valid anti-forgery token changes nothing either.
        await page.GotoAsync("/workspace/projects/new");
        var token = await page.Locator("form.st-form input[name=__RequestVerificationToken]").InputValueAsync();
        var forged = await page.Context.APIRequest.PostAsync($"/workspace/projects/{published}/edit", new APIRequestContextOptions
        {
            Form = Form(page, ("__RequestVerificationToken", token), ("_handler", "status"), ("Move.To", "withdrawn"), ("Move.RequestId", Guid.NewGuid().ToString())),
        });
        Assert.NotEqual((int)HttpStatusCode.OK, forged.Status);

        var project = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{published}");
        Assert.Equal("published", project.GetProperty("status").GetString());
        Assert.Equal(historyBefore, await HistoryCountAsync(owner, published));
        await page.Context.CloseAsync();
    }

    private static IFormData Form(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Append(name, value);
        }

        return form;
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, screenshot);
    }

    private async Task<IPage> SignedInPageAsync(TownAccount town, string culture, string screen)
    {
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(page, town.Email, Password);
        return page;
    }

    /// <summary>A new town (registered by the admin) and its approved account, through the REST API.</summary>
    private async Task<TownAccount> TownAccountAsync()
    {
        using var admin = await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = "工作台测试镇" + suffix;
        using var registered = await admin.PostAsJsonAsync("/api/v1/towns", new { name, category = "specialty-light-industry", mainIndustry = "陈醋 vinegar", city = "太原市" });
        registered.EnsureSuccessStatusCode();
        var townId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var email = $"town-{suffix}@example.com";
        using var signUp = await fixture.Api.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password, role = "town", townId });
        signUp.EnsureSuccessStatusCode();
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/v1/accounts/pending");
        var accountId = pending.EnumerateArray().Single(a => a.GetProperty("email").GetString() == email).GetProperty("id").GetString();
        using var approved = await admin.PostAsync($"/api/v1/accounts/{accountId}/approve", null);
        approved.EnsureSuccessStatusCode();
        return new TownAccount(townId, name, email, await fixture.ApiSignInAsync(email, Password));
    }

    private static async Task<string> DraftAsync(TownAccount town, string title)
    {
        using var created = await town.Api.PostAsJsonAsync("/api/v1/projects", new
        {
            title,
            description = "测试用招商项目",
            industry = "C33",
            amountMinYuan = 10_000_000m,
            amountMaxYuan = 50_000_000m,
            cooperationModes = new[] { "equity" },
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private Task<JsonElement> TownAsync(string id) => fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{id}");

    private static Task<JsonElement> ProjectsAsync(TownAccount town) => town.Api.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{town.Id}/projects");

    private static async Task<int> HistoryCountAsync(TownAccount town, string projectId) =>
        (await town.Api.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{projectId}/history")).GetArrayLength();

    private sealed record TownAccount(string Id, string Name, string Email, HttpClient Api);
}
