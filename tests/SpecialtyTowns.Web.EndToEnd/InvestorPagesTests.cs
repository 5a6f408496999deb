using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The investor's pages: its organisation profile (completeness, what to add) and "my leads".</summary>
[Collection(WebCollection.Name)]
public sealed class InvestorPagesTests(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task OrganisationProfile_WhenFirstSavedInTheBrowser_ShowsCompletenessAndWhatToAddMostValuableFirst(string culture)
    {
        var en = culture == "en";
        var (email, _) = await InvestorAsync();
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        var name = "浏览器投资" + Guid.NewGuid().ToString("N")[..8] + "有限公司";

        await page.GotoAsync("/investor/organisation");
        await Assertions.Expect(page.Locator("label[for=unifiedSocialCreditCode]")).ToHaveTextAsync(en ? "Unified social credit code" : "统一社会信用代码");
        await CheckAsync(page, $"investor-profile-new-{culture}");
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#type").SelectOptionAsync("fund");
        await page.Locator("#industriesSought").FillAsync("C14\nC15");
        await page.Locator("input[name=chainPosition][value=midstream]").CheckAsync();
        await page.Locator("input[name=cooperationMode][value=equity]").CheckAsync();
        await page.Locator("#ticketMinYuan").FillAsync("1000000");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        // The first save creates the organisation across two services: allow for a loaded machine.
        await Assertions.Expect(page.Locator(".ant-alert-success")).ToHaveTextAsync(en ? "The profile has been saved." : "机构资料已保存。", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=completeness]")).ToHaveTextAsync("30%");
        await Assertions.Expect(page.Locator("[role=progressbar]")).ToHaveAttributeAsync("aria-valuenow", "30");
        var first = page.Locator("[data-testid=what-to-add] li").First;
        await Assertions.Expect(first.Locator("a")).ToHaveTextAsync(en ? "Unified social credit code" : "统一社会信用代码");
        await Assertions.Expect(first.Locator(".ant-tag")).ToHaveTextAsync(en ? "+10 points" : "+10 分");
        await Assertions.Expect(page.Locator("input[name=chainPosition][value=midstream]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#ticketMinYuan")).ToHaveValueAsync("1000000");
        await CheckAsync(page, $"investor-profile-saved-{culture}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task OrganisationProfile_WhenContactsGivenWithoutConsentOrCodeWrong_NamesTheFieldsAndKeepsTheInput(string culture)
    {
        var (email, _) = await InvestorAsync();
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        await page.GotoAsync("/investor/organisation");
        await page.Locator("#name").FillAsync("无同意投资" + Guid.NewGuid().ToString("N")[..8]);
        await page.Locator("#unifiedSocialCreditCode").FillAsync("91140100MA0K000000");
        await page.Locator("#contactPhone").FillAsync("13812345678");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#error-consentToContact")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#error-unifiedSocialCreditCode")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#contactPhone")).ToHaveValueAsync("13812345678");
        await CheckAsync(page, $"investor-profile-invalid-{culture}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task MyLeads_WhenTheInvestorRegisteredInterest_ListsTheLeadWithTownAndStageAndOpensIt(string culture)
    {
        var en = culture == "en";
        var (email, api) = await InvestorAsync();
        using var saved = await api.PutAsJsonAsync("/api/v1/investors/me", new { name = "意向投资" + Guid.NewGuid().ToString("N")[..8] });
        saved.EnsureSuccessStatusCode();
        var townId = await _accounts.TownAsync("意向镇");
        await Eventually.TrueAsync(async () => (await fixture.Api.GetAsync($"/api/v1/leads/town-directory/{townId}")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the town in Leads");
        using var created = await api.PostAsJsonAsync("/api/v1/leads", new { townId, message = "想了解法兰项目" });
        created.EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        await page.GotoAsync("/investor/leads");
        var row = page.Locator("[data-testid=my-leads] tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".ant-tag")).ToHaveTextAsync(en ? "Lead" : "线索");
        await Assertions.Expect(row.Locator("td").First).ToContainTextAsync("意向镇");
        await CheckAsync(page, $"investor-leads-{culture}");
        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=lead-facts]")).ToContainTextAsync("想了解法兰项目");
        await CheckAsync(page, $"investor-lead-{culture}");
        await page.Context.CloseAsync();
    }

    private async Task<(string Email, HttpClient Api)> InvestorAsync()
    {
        var email = AccountSetup.Email("investor");
        await _accounts.RegisterAsync(email, "investor");
        return (email, await fixture.ApiSignInAsync(email, AccountSetup.Password));
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, screenshot);
    }
}
