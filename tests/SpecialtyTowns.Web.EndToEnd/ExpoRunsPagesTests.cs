using Microsoft.Playwright;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class ExpoRunsPagesTests(WebFixture fixture)
{
    [Fact]
    public async Task SchedulingPage_WhenAnOrganizerRunsAndPublishesTheAcceptedRequests_PlacesEveryMeeting()
    {
        var accounts = new AccountSetup(fixture);
        var email = AccountSetup.Email("organizer");
        var organizerId = await ApprovedOrganizerAsync(accounts, email);
        var invoker = ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa, new TestCaller(organizerId, "organizer"));
        var (scenario, meetings) = await ExpoCalls.AcceptedMeetingsAsync(invoker, new ExpoScenarioOptions { Slots = 4, Tables = 2, Investors = 2, Towns = 2, Enterprises = 0, Interpreters = 0 }, 4);
        var page = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await page.GotoAsync($"/workspace/expo/events/{scenario.EventId}/scheduling");
        await page.Locator("[data-testid=time-limit]").FillAsync("2");

        await page.Locator("[data-testid=start-run]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=run-status]")).ToHaveAttributeAsync("data-status", "draft", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-testid=run-chart] canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=draft-scheduled]")).ToHaveTextAsync(meetings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=no-unscheduled]")).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await page.Locator("[data-testid=publish-run]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=run-status]")).ToHaveAttributeAsync("data-status", "published");
        Assert.Equal(meetings.Count, await TestDatabase.CountAsync(
            fixture.System.Database("expo"), "SELECT count(*) FROM meetings WHERE event_id = $1 AND status = 'scheduled' AND locked", Guid.Parse(scenario.EventId)));
        await page.Context.CloseAsync();
    }

    /// <summary>An organizer account approved by the admin; its id, which the events it creates carry.</summary>
    private static async Task<string> ApprovedOrganizerAsync(AccountSetup accounts, string email)
    {
        await accounts.RegisterAsync(email, "organizer");
        var id = await accounts.PendingIdAsync(email) ?? throw new InvalidOperationException("the organizer account is not pending");
        using var approval = await (await accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{id}/approve", null);
        approval.EnsureSuccessStatusCode();
        return id;
    }
}
