using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class EnterprisePagesTests(WebFixture fixture)
{
    private readonly EnterpriseSetup _setup = new(fixture);

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("zh-CN", "phone")]
    [InlineData("en", "desktop")]
    [InlineData("en", "phone")]
    public async Task EnterprisePages_WhenOpenedInEachLanguageAndScreen_ShowTheChainMapTheEnterpriseAndTheEditors(string culture, string screen)
    {
        var en = culture == "en";
        var town = await _setup.TownAsync("链图镇");
        var enterpriseName = "链图企业" + Guid.NewGuid().ToString("N")[..6];
        var enterprise = await _setup.EnterpriseAsync(town, enterpriseName);
        var page = await _setup.SignedInAsync(town, culture, screen);
        await EnterpriseSetup.AddNodeAsync(page, "upstream", "钢坯", "missing");
        await EnterpriseSetup.AddNodeAsync(page, "midstream", "锻造", "weak", enterprise);

        await Assertions.Expect(page.Locator(".st-node-row")).ToHaveCountAsync(2);
        await CheckAsync(page, $"enterprises-chain-editor-{culture}-{screen}");
        await page.GotoAsync($"/workspace/enterprises/{enterprise}/edit");
        await Assertions.Expect(page.Locator("#name")).ToHaveValueAsync(enterpriseName);
        await page.Locator("#industryCode").SelectOptionAsync("C33");
        await page.Locator("#leading").CheckAsync();
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".ant-alert-success")).ToHaveTextAsync(en ? "The profile has been saved." : "企业资料已保存。");
        await Assertions.Expect(page.Locator("#leading")).ToBeCheckedAsync();
        await CheckAsync(page, $"enterprises-editor-{culture}-{screen}");
        await page.GotoAsync("/workspace/enterprises/new");
        await Assertions.Expect(page.Locator("label[for=unifiedSocialCreditCode]")).ToHaveTextAsync(en ? "Unified social credit code" : "统一社会信用代码");
        await CheckAsync(page, $"enterprises-new-{culture}-{screen}");
        await page.Context.CloseAsync();

        var visitor = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await visitor.GotoAsync($"/towns/{town.Id}");
        var upstream = visitor.Locator(".st-chain-column[data-position=upstream]");
        await Assertions.Expect(upstream.Locator(".st-chain-position")).ToHaveTextAsync(en ? "Upstream" : "上游");
        await Assertions.Expect(upstream.Locator(".st-chain-node")).ToContainTextAsync("钢坯");
        await Assertions.Expect(upstream.Locator(".st-chain-status")).ToHaveTextAsync(en ? "Missing link" : "缺链");
        var midstream = visitor.Locator(".st-chain-column[data-position=midstream] .st-chain-node");
        await Assertions.Expect(midstream.Locator(".st-chain-status")).ToHaveTextAsync(en ? "Weak link" : "弱链");
        await Assertions.Expect(midstream.Locator(".st-chain-enterprises a")).ToHaveTextAsync(enterpriseName);
        await Assertions.Expect(midstream.Locator(".st-chain-evidence")).ToContainTextAsync("测试依据：锻造");
        var row = visitor.Locator($".st-enterprise-row[data-enterprise-id='{enterprise}']");
        await Assertions.Expect(row.Locator(".st-leading-tag")).ToHaveTextAsync(en ? "Leading enterprise" : "龙头企业");
        await Assertions.Expect(visitor.Locator("a[href='/workspace/chain']")).ToHaveCountAsync(0);
        await CheckAsync(visitor, $"enterprises-town-chain-{culture}-{screen}");

        await row.Locator("a").ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(enterpriseName);
        await Assertions.Expect(visitor.Locator(".st-industry")).ToContainTextAsync(en ? "Metal products" : "金属制品业");
        await Assertions.Expect(visitor.Locator(".st-signin-contacts")).ToHaveTextAsync(en ? "Sign in to see the contacts" : "登录后查看联系人");
        await Assertions.Expect(visitor.Locator(".st-edit-enterprise")).ToHaveCountAsync(0);
        await CheckAsync(visitor, $"enterprises-page-{culture}-{screen}");
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task RegisterEnterprise_WhenATownRegistersOneInTheBrowser_AVisitorSeesItOnTheTownPageAndItsOwnPage()
    {
        var town = await _setup.TownAsync("登记镇");
        var page = await _setup.SignedInAsync(town, "zh-CN", "desktop");
        var name = "新登记锻造厂" + Guid.NewGuid().ToString("N")[..6];
        var code = CreditCodes.New();

        await page.GotoAsync("/workspace");
        await page.Locator("a[href='/workspace/enterprises/new']").ClickAsync();
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#nameEn").FillAsync("New Forging Works");
        await page.Locator("#unifiedSocialCreditCode").FillAsync(code);
        await page.Locator("#industryCode").SelectOptionAsync("C33");
        await page.Locator("#revenueBand").SelectOptionAsync("100m-400m");
        await page.Locator("#employeeBand").SelectOptionAsync("300-1000");
        await page.Locator("#foundedYear").FillAsync("1998");
        await page.Locator("#cncRatePercent").FillAsync("85.5");
        await page.Locator("#leading").CheckAsync();
        await page.Locator("#products").FillAsync("锻制法兰\n风电法兰");
        await page.Locator("#certifications").FillAsync("ISO 9001");
        await page.Locator("#equipment").FillAsync("数控车床");
        await page.Locator("#exportMarkets").FillAsync("欧洲\n北美");
        await page.Locator("[id='capacities[0].product']").FillAsync("风电法兰");
        await page.Locator("[id='capacities[0].amount']").FillAsync("50000");
        await page.Locator("[id='capacities[0].unit']").FillAsync("件/年");
        await page.Locator("#description").FillAsync("专业生产风电法兰");
        await page.Locator("#source").FillAsync("企业自报");
        await page.Locator("[id='contacts[0].name']").FillAsync("王经理");
        await page.Locator("[id='contacts[0].phone']").FillAsync("0350-1234567");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/workspace/enterprises/*/edit?created=1");
        var id = page.Url.Split('/')[^2];
        await Assertions.Expect(page.Locator(".ant-alert-success")).ToHaveTextAsync("企业已登记。");
        await Assertions.Expect(page.Locator("[id='capacities[0].amount']")).ToHaveValueAsync("50000");
        await EnterpriseSetup.AddNodeAsync(page, "midstream", "法兰锻造", "complete", id);
        await page.Context.CloseAsync();

        var visitor = await fixture.NewPageAsync("zh-CN", Viewport.Desktop);
        await visitor.GotoAsync($"/towns/{town.Id}");
        await Assertions.Expect(visitor.Locator($".st-enterprise-row[data-enterprise-id='{id}'] .st-leading-tag")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator(".st-chain-column[data-position=midstream] .st-chain-enterprises a")).ToHaveTextAsync(name);
        await visitor.Locator(".st-chain-enterprises a").ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(visitor.Locator(".st-capacity-list li")).ToHaveTextAsync("风电法兰: 50,000 件/年");
        await Assertions.Expect(visitor.Locator(".st-revenue")).ToHaveTextAsync("1亿–4亿元");
        await Assertions.Expect(visitor.Locator(".st-cnc-rate")).ToHaveTextAsync("85.5%");
        await Assertions.Expect(visitor.Locator("#products-title + ul li")).ToHaveTextAsync(["锻制法兰", "风电法兰"]);
        await Assertions.Expect(visitor.Locator(".st-signin-contacts")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("body")).Not.ToContainTextAsync("0350-1234567");
        await PageChecks.AssertAccessibleAsync(visitor);
        await PageChecks.ScreenshotAsync(visitor, "enterprises-registered-page-zh-CN-desktop");
        await visitor.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop", "统一社会信用代码")]
    [InlineData("en", "phone", "credit code")]
    public async Task OwnProfile_WhenTheEnterpriseSavesABadThenAGoodCreditCode_ShowsTheErrorAtTheFieldThenTheNewValues(string culture, string screen, string named)
    {
        var town = await _setup.TownAsync("自编镇");
        var enterprise = await _setup.EnterpriseAsync(town, "自编企业" + Guid.NewGuid().ToString("N")[..6]);
        var account = await _setup.EnterpriseAccountAsync(enterprise);
        var page = await _setup.SignedInAsync(account, culture, screen);
        var code = CreditCodes.New();

        await page.GotoAsync("/");
        await page.Locator("a[href='/workspace/enterprise']").First.ClickAsync();
        var leadingStatus = culture == "en" ? "Leading enterprise: no (designated by the town or an administrator)" : "龙头企业：否（由本镇或平台管理员认定）";
        await Assertions.Expect(page.Locator("#leading-status")).ToHaveTextAsync(leadingStatus);
        await Assertions.Expect(page.Locator("#leading")).ToHaveCountAsync(0);
        await page.Locator("#unifiedSocialCreditCode").FillAsync(CreditCodes.Altered(code));
        await page.Locator("#products").FillAsync("精密法兰");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#error-unifiedSocialCreditCode")).ToContainTextAsync(named);
        await Assertions.Expect(page.Locator("#unifiedSocialCreditCode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#products")).ToHaveValueAsync("精密法兰");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"enterprises-own-refused-{culture}-{screen}");
        var unchanged = await _setup.GetEnterpriseAsync(enterprise);
        Assert.Equal(["法兰", "锻件"], unchanged.GetProperty("products").EnumerateArray().Select(p => p.GetString()));

        await page.Locator("#unifiedSocialCreditCode").FillAsync(code);
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".ant-alert-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#unifiedSocialCreditCode")).ToHaveValueAsync(code);
        await Assertions.Expect(page.Locator("#leading-status")).ToHaveTextAsync(leadingStatus);
        var saved = await _setup.GetEnterpriseAsync(enterprise);
        Assert.Equal(["精密法兰"], saved.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        Assert.False(saved.GetProperty("leading").GetBoolean());
        await page.GotoAsync($"/enterprises/{enterprise}");
        await Assertions.Expect(page.Locator("#products-title + ul li")).ToHaveTextAsync("精密法兰");
        await Assertions.Expect(page.Locator(".st-credit-code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.Locator(".st-edit-enterprise")).ToHaveAttributeAsync("href", "/workspace/enterprise");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_WhenAnotherTownOpensOrPostsToIt_IsDeniedAndTheEnterpriseStaysUnchanged()
    {
        var owner = await _setup.TownAsync("本镇");
        var other = await _setup.TownAsync("他镇");
        var enterprise = await _setup.EnterpriseAsync(owner, "他镇不可编辑企业" + Guid.NewGuid().ToString("N")[..6]);
        var before = (await _setup.GetEnterpriseAsync(enterprise)).GetRawText();
        var page = await _setup.SignedInAsync(other, "zh-CN", "desktop");

        var denied = await page.GotoAsync($"/workspace/enterprises/{enterprise}/edit");

        Assert.Equal((int)HttpStatusCode.Forbidden, denied!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
        Assert.Equal(0, await page.Locator("#name").CountAsync());
        await page.GotoAsync($"/enterprises/{enterprise}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("他镇不可编辑企业");
        await Assertions.Expect(page.Locator(".st-edit-enterprise")).ToHaveCountAsync(0);

        // A forged post with the other town's own valid anti-forgery token changes nothing either.
        await page.GotoAsync("/workspace/enterprises/new");
        var token = await page.Locator("form.st-form input[name=__RequestVerificationToken]").InputValueAsync();
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in new[] { ("__RequestVerificationToken", token), ("_handler", "enterprise"), ("Input.Name", "被篡改"), ("Input.RequestId", Guid.NewGuid().ToString()) })
        {
            form.Append(name, value);
        }

        var forged = await page.Context.APIRequest.PostAsync($"/workspace/enterprises/{enterprise}/edit", new APIRequestContextOptions { Form = form });
        Assert.NotEqual((int)HttpStatusCode.OK, forged.Status);
        // The whole stored profile with only the name changed, on the current version: only the caller makes it wrong.
        var replacement = JsonNode.Parse(before)!.AsObject();
        replacement["name"] = "被篡改";
        replacement["expectedVersion"] = replacement["version"]!.GetValue<int>();
        using var put = await other.Api.PutAsJsonAsync($"/api/v1/enterprises/{enterprise}", replacement);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(before, (await _setup.GetEnterpriseAsync(enterprise)).GetRawText());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_WhenTwoTabsEditAndTheSecondSavesLast_ShowsTheConflictWithTheValuesStoredNow()
    {
        var town = await _setup.TownAsync("并发镇");
        var enterprise = await _setup.EnterpriseAsync(town, "并发企业" + Guid.NewGuid().ToString("N")[..6]);
        var first = await _setup.SignedInAsync(town, "en", "desktop");
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync($"/workspace/enterprises/{enterprise}/edit");
        await second.GotoAsync($"/workspace/enterprises/{enterprise}/edit");

        await first.Locator("#products").FillAsync("第一次保存");
        await first.Locator("form.st-form button[type=submit]").ClickAsync();
        await Assertions.Expect(first.Locator(".ant-alert-success")).ToBeVisibleAsync();
        await second.Locator("#products").FillAsync("第二次保存");
        await second.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(second.Locator(".ant-alert-error")).ToContainTextAsync("Someone changed the profile");
        await Assertions.Expect(second.Locator("#products")).ToHaveValueAsync("第一次保存");
        var stored = await _setup.GetEnterpriseAsync(enterprise);
        Assert.Equal(["第一次保存"], stored.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        await first.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, screenshot);
    }
}
