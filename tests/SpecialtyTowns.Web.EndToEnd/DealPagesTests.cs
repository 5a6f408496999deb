using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class DealPagesTests(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task DealPages_WhenTheTownRecordsAPartOfTheFunds_ListTheDealAndShowThePartAndTheNewTotal(string culture, string screen)
    {
        var (email, dealId) = await SignedDealAsync(amountFen: 1_000_000_00);
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        await page.GotoAsync("/deals");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(culture == "en" ? "Deals" : "签约项目");
        await Assertions.Expect(page.Locator($"a[href='/deals/{dealId}']")).ToBeVisibleAsync();
        await CheckAsync(page, $"deals-list-{culture}-{screen}");

        await page.Locator($"a[href='/deals/{dealId}']").ClickAsync();
        await Assertions.Expect(page.Locator("table.st-funds")).ToHaveCountAsync(0);
        await page.Locator("#amountFen").FillAsync("250000.50");
        await page.Locator("#note").FillAsync("首期到资 first part");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".ant-alert-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.st-funds tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.st-funds tbody tr td").Nth(2)).ToHaveTextAsync("首期到资 first part");
        await Assertions.Expect(page.Locator("#funds-total")).ToContainTextAsync("25 %");
        await CheckAsync(page, $"deals-deal-{culture}-{screen}");

        await page.GotoAsync("/deals/overdue-to-start");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(culture == "en" ? "Overdue to start" : "逾期未开工");
        await CheckAsync(page, $"deals-overdue-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DealPage_WhenThePartWouldPassTheSignedAmount_ShowsTheRefusalAndRecordsNothing()
    {
        var (email, dealId) = await SignedDealAsync(amountFen: 100_000);
        var page = await fixture.NewPageAsync("zh-CN", Viewport.Desktop);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        await page.GotoAsync($"/deals/{dealId}");
        await page.Locator("#amountFen").FillAsync("1000.01");
        await page.Locator("form.st-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".ant-alert-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.st-funds")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    // A town account, a lead it entered and moved through negotiating to signed: the way towns make deals.
    private async Task<(string Email, string DealId)> SignedDealAsync(long amountFen)
    {
        var townId = await _accounts.TownAsync("签约页");
        var email = AccountSetup.Email("deals");
        var town = await _accounts.ApprovedTownAsync(email, townId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var lead = await SendAsync(town, "/api/v1/leads", new
        {
            townId, message = "签约页面测试", organisationName = "页面投资有限公司 " + Guid.NewGuid().ToString("N")[..8], organisationType = "company",
            nextAction = "回访", nextActionDue = Day(3),
        });
        var leadId = lead.GetProperty("id").GetString()!;
        await SendAsync(town, $"/api/v1/leads/{leadId}/stage", new { stage = "negotiating", expectedAmountFen = amountFen, nextAction = "谈判", nextActionDue = Day(5) });
        var signed = await SendAsync(town, $"/api/v1/leads/{leadId}/stage", new
        {
            stage = "signed", amountFen, signedOn = Day(0), contractReference = "HT-WEB-" + Guid.NewGuid().ToString("N")[..6], plannedStartOn = Day(90),
            nextAction = "办理注册", nextActionDue = Day(30),
        });
        return (email, signed.GetProperty("dealId").GetString()!);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, name);
    }
}
