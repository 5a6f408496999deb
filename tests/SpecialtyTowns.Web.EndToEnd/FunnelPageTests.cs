using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class FunnelPageTests(WebFixture fixture)
{
    [Fact]
    public async Task FunnelPage_WhenALeadMovesToSignedWithItsRequiredFields_ShowsTheFunnelChange()
    {
        var accounts = new AccountSetup(fixture);
        var townId = await accounts.TownAsync("漏斗镇");
        var email = AccountSetup.Email("funnel");
        var town = await accounts.ApprovedTownAsync(email, townId);
        var lead = await TownEnteredLeadAsync(town, townId);
        var page = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await page.GotoAsync("/workspace/funnel");
        await Assertions.Expect(page.Locator("[data-testid=count-lead]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=signed-count]")).ToHaveTextAsync("0");

        var negotiating = await MoveAsync(town, lead, new { stage = "negotiating", expectedAmountFen = 80_000_000_00L, nextAction = "报价", nextActionDue = Day(7) });
        using var incomplete = await town.PostAsJsonAsync($"/api/v1/leads/{lead}/stage", new { stage = "signed", amountFen = 60_000_000_00L, nextAction = "办理注册", nextActionDue = Day(30) });
        var problem = await incomplete.Content.ReadFromJsonAsync<JsonElement>();
        await MoveAsync(town, lead, new
        {
            stage = "signed", expectedVersion = negotiating, amountFen = 60_000_000_00L, signedOn = Day(0), contractReference = "QX-2026-018",
            parties = new[] { "清徐县人民政府", "晋中醋业有限公司" }, plannedStartOn = Day(90), nextAction = "办理注册", nextActionDue = Day(30),
        });
        await page.ReloadAsync();

        Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode);
        Assert.Contains("contractReference", problem.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()));
        await Assertions.Expect(page.Locator("[data-testid=count-lead]")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-testid=count-signed]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=signed-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-testid=signed-amount] .st-money")).ToHaveAttributeAsync("title", "¥60,000,000.00");
        await Assertions.Expect(page.Locator(".st-chart canvas").First).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>A date in China, <paramref name="days"/> from today, as the API takes it.</summary>
    private static string Day(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A lead the town entered itself (Leads learns the new town from its event, so the first tries may be refused).</summary>
    private static async Task<string> TownEnteredLeadAsync(HttpClient town, string townId)
    {
        string? id = null;
        // One organisation and one idempotency key for every try: a try that timed out after it was stored is not a second lead.
        var key = Guid.NewGuid().ToString();
        var body = new
        {
            townId, message = "招商会上认识的醋企", source = "expo-meeting", organisationName = "晋中醋业" + Guid.NewGuid().ToString("N")[..6] + "有限公司",
            nextAction = "电话回访", nextActionDue = Day(3),
        };
        await Eventually.TrueAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/leads") { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await town.SendAsync(request);
                id = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() : null;
                return id is not null;
            },
            TimeSpan.FromSeconds(30),
            "the town-entered lead");
        return id!;
    }

    /// <summary>Moves the lead and answers its new version.</summary>
    private static async Task<int> MoveAsync(HttpClient town, string lead, object body)
    {
        using var response = await town.PostAsJsonAsync($"/api/v1/leads/{lead}/stage", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }
}
