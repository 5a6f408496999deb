using Microsoft.Playwright;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The check-in desk: a typed badge verified in the browser and checked in, an altered one refused, a name found and checked in.</summary>
[Collection(WebCollection.Name)]
public sealed class ExpoCheckInPagesTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task CheckInDesk_WhenABadgeIsTypedAndANameSearched_ChecksBothInAndRefusesAnAlteredBadge(string culture)
    {
        var english = culture == "en";
        var accounts = new AccountSetup(fixture);
        var email = AccountSetup.Email("organizer");
        await accounts.RegisterAsync(email, "organizer");
        var organizerId = await accounts.PendingIdAsync(email) ?? throw new InvalidOperationException("the organizer account is not pending");
        using (var approval = await (await accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{organizerId}/approve", null))
        {
            approval.EnsureSuccessStatusCode();
        }

        var invoker = ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa, new TestCaller(organizerId, "organizer"));
        var scenario = await ExpoScenario.BuildAsync(invoker, new ExpoScenarioOptions { Slots = 1, Tables = 1, Investors = 1, Towns = 1, Enterprises = 0, Interpreters = 0 });
        var investor = scenario.Investors.Single();
        var town = scenario.Towns.Single();
        var badge = await scenario.Client<ExpoCheckInService.ExpoCheckInServiceClient>(investor.Caller).GetBadgeAsync(new GetBadgeRequest { EventId = scenario.EventId });
        var altered = badge.Token[..10] + (badge.Token[10] == 'A' ? 'B' : 'A') + badge.Token[11..];
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await page.GotoAsync($"/workspace/expo/events/{scenario.EventId}/check-in");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(english ? "Check-in desk" : "签到台");

        await page.Locator("[data-testid=badge-code]").FillAsync(altered);
        await Assertions.Expect(page.Locator("[data-testid=badge-verdict]")).ToHaveAttributeAsync("data-valid", "false");
        await page.Locator("[data-testid=check-in-badge]").ClickAsync();
        await Assertions.Expect(page.Locator("#error-badge")).ToBeVisibleAsync();
        await page.Locator("[data-testid=badge-code]").FillAsync(badge.Token);
        await Assertions.Expect(page.Locator("[data-testid=badge-verdict]")).ToHaveAttributeAsync("data-valid", "true");
        await PageChecks.AssertAccessibleAsync(page);
        await page.Locator("[data-testid=check-in-badge]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=check-in-result]")).ToContainTextAsync(investor.Registration.Name);
        await page.Locator("[data-testid=check-in-q]").FillAsync(english ? "tsxzdbt" : "代表团");
        await page.Locator("[data-testid=check-in-search]").ClickAsync();
        await page.Locator($"[data-testid=check-in-candidates] tr[data-participant='{town.Id}'] [data-testid=check-in-pick]").First.ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=check-in-result]")).ToHaveAttributeAsync("data-created", "true");
        await Assertions.Expect(page.Locator("[data-testid=check-in-list] tbody tr")).ToHaveCountAsync(2);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"expo-check-in-desk-{culture}");
        Assert.Equal(2, await TestDatabase.CountAsync(fixture.System.Database("expo"), "SELECT count(*) FROM venue_check_ins WHERE event_id = $1", Guid.Parse(scenario.EventId)));
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("expo"), "SELECT count(*) FROM venue_check_ins WHERE participant_id = $1 AND method = 'code'", Guid.Parse(investor.Id)));
        await page.Context.CloseAsync();
    }
}
