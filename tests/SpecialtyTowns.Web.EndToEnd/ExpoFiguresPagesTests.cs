using System.Diagnostics;
using Microsoft.Playwright;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;
using Xunit.Abstractions;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The live figures dashboard: a badge checked in at the desk (one browser, the main gateway) shows on the
/// dashboard open in a second browser connected to another gateway replica within a second, through the figures
/// hub on the Redis backplane; and the admins' province view lists the event.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExpoFiguresPagesTests(WebFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Dashboard_WhenABadgeIsCheckedInAtTheDesk_ShowsItOnAnotherReplicaWithinASecond()
    {
        var (email, scenario) = await OrganizerScenarioAsync();
        var investor = scenario.Investors.First();
        var badge = await scenario.Client<ExpoCheckInService.ExpoCheckInServiceClient>(investor.Caller).GetBadgeAsync(new GetBadgeRequest { EventId = scenario.EventId });
        await using var replica = await fixture.System.StartGatewayReplicaAsync(new Dictionary<string, string>());
        var site = replica.HealthBase.ToString().TrimEnd('/');
        var dashboard = await fixture.NewPageAsync();
        await dashboard.GotoAsync(site + "/account/login");
        await dashboard.Locator("#email").FillAsync(email);
        await dashboard.Locator("#password").FillAsync(AccountSetup.Password);
        await dashboard.Locator("form.st-form button[type=submit]").ClickAsync();
        await dashboard.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await dashboard.GotoAsync($"{site}/workspace/expo/events/{scenario.EventId}/dashboard");
        await Assertions.Expect(dashboard.Locator("[data-testid=figures]")).ToHaveAttributeAsync("data-live", "connected");
        await Assertions.Expect(dashboard.Locator("[data-testid=figure-checkedIn]")).ToHaveTextAsync("0");
        await Assertions.Expect(dashboard.Locator("[data-testid=figures-chart] canvas").First).ToBeVisibleAsync();
        var desk = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(desk, email, AccountSetup.Password);
        await desk.GotoAsync($"/workspace/expo/events/{scenario.EventId}/check-in");
        await desk.Locator("[data-testid=badge-code]").FillAsync(badge.Token);
        await Assertions.Expect(desk.Locator("[data-testid=badge-verdict]")).ToHaveAttributeAsync("data-valid", "true");

        await desk.Locator("[data-testid=check-in-badge]").ClickAsync();
        await Assertions.Expect(desk.Locator("[data-testid=check-in-result]")).ToContainTextAsync(investor.Registration.Name);
        var answered = Stopwatch.StartNew();

        await Assertions.Expect(dashboard.Locator("[data-testid=figure-checkedIn]")).ToHaveTextAsync("1", new() { Timeout = 1_000 });
        output.WriteLine($"desk answer to the dashboard on the other replica: {answered.ElapsedMilliseconds} ms");
        await PageChecks.AssertAccessibleAsync(dashboard);
        await PageChecks.ScreenshotAsync(dashboard, "expo-figures-dashboard");
        await dashboard.Context.CloseAsync();
        await desk.Context.CloseAsync();
    }

    [Fact]
    public async Task ProvinceView_WhenAnAdminOpensIt_ListsTheEventWithItsFigures()
    {
        var (_, scenario) = await OrganizerScenarioAsync();
        var page = await fixture.NewPageAsync("en");
        await WebFixture.SignInAsync(page, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);

        await page.GotoAsync("/admin/expo/figures");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Province view of the expos");
        var row = page.Locator($"[data-testid=province-table] tr[data-event-id='{scenario.EventId}']");
        await Assertions.Expect(row.Locator("td[data-figure=approvedParticipants]")).ToHaveTextAsync(scenario.Investors.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=province-chart] canvas").First).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private async Task<(string Email, ExpoScenario Scenario)> OrganizerScenarioAsync()
    {
        var accounts = new AccountSetup(fixture);
        var email = AccountSetup.Email("organizer");
        await accounts.RegisterAsync(email, "organizer");
        var organizerId = await accounts.PendingIdAsync(email) ?? throw new InvalidOperationException("the organizer account is not pending");
        using (var approval = await (await accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{organizerId}/approve", null))
        {
            approval.EnsureSuccessStatusCode();
        }

        var invoker = ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa, new TestCaller(organizerId, "organizer"));
        var scenario = await ExpoScenario.BuildAsync(invoker, new ExpoScenarioOptions { Slots = 1, Tables = 1, Investors = 2, Towns = 0, Enterprises = 0, Interpreters = 0 });
        return (email, scenario);
    }
}
