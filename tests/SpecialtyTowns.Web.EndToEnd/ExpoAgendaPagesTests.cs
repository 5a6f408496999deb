using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The participant's agenda page: its meeting at the event's local time with the viewer's own zone
/// (the browser's, Europe/Berlin) noted beside it, and the calendar-feed link created, copied and
/// revoked; in Chinese and in English.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExpoAgendaPagesTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN", "我的洽谈日程")]
    [InlineData("en", "My meeting agenda")]
    public async Task AgendaPage_WhenAParticipantOpensIt_ShowsItsMeetingInBothZonesAndManagesTheFeed(string culture, string title)
    {
        var (email, eventId, slotStart) = await InvestorWithBookedMeetingAsync();
        var page = await NewPageInBerlinAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        await page.GotoAsync($"/expo/events/{eventId}/agenda");
        await page.WaitForURLAsync(url => url.Contains("viewerTimeZone=Europe", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("[data-testid=agenda-meeting]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=local-time]")).ToContainTextAsync(slotStart.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=viewer-time]")).ToContainTextAsync(
            TimeZoneInfo.ConvertTime(slotStart, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=viewer-zone]")).ToContainTextAsync("Europe/Berlin");
        await PageChecks.AssertAccessibleAsync(page);
        await page.Locator("[data-testid=create-feed]").ClickAsync();
        var url = await page.Locator("[data-testid=feed-url]").InputValueAsync();
        await page.Locator("[data-testid=copy-feed]").ClickAsync();
        using var live = await fixture.Api.GetAsync(url);
        await page.Locator("[data-testid=revoke-feed]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=feed-none]")).ToBeVisibleAsync();
        using var revoked = await fixture.Api.GetAsync(url);

        Assert.Contains("/api/v1/expo/calendar/", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("BEGIN:VEVENT", await live.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> NewPageInBerlinAsync(string culture)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.System.GatewayAddress.ToString(),
            Locale = culture,
            TimezoneId = "Europe/Berlin",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        context.SetDefaultTimeout(15_000);
        if (culture == "en")
        {
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.System.GatewayAddress.ToString() }]);
        }

        return await context.NewPageAsync();
    }

    /// <summary>An investor account registered in a fresh event (Asia/Shanghai) with one meeting booked with a town; the slot's start.</summary>
    private async Task<(string Email, string EventId, DateTimeOffset SlotStart)> InvestorWithBookedMeetingAsync()
    {
        var accounts = new AccountSetup(fixture);
        var email = AccountSetup.Email("agenda");
        await accounts.RegisterAsync(email, "investor");
        using var investor = await fixture.ApiSignInAsync(email, AccountSetup.Password);
        var investorId = (await investor.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("id").GetString()!;
        var invoker = ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa);
        var scenario = await ExpoScenario.BuildAsync(invoker, new ExpoScenarioOptions { Slots = 2, Tables = 1, Investors = 0, Towns = 1, Enterprises = 0, Interpreters = 0 });
        var database = fixture.System.Database("expo");
        var participant = await TestDatabase.GuidAsync(
            database,
            """
            insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at)
            values (gen_random_uuid(), $1, 'investor', $2, '页面投资方 Page investor', '{zh}', 1, 'approved', 'web', now()) returning id
            """,
            Guid.Parse(scenario.EventId), Guid.Parse(investorId));
        var meeting = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(database, "insert into meetings (id, event_id, status, weight, attendee_ids, locked, created_at, version) values ($1, $2, 'unscheduled', 1, '{}', false, now(), 0)", meeting, Guid.Parse(scenario.EventId));
        await TestDatabase.ExecuteAsync(database, "insert into meeting_parties (meeting_id, participant_id) values ($1, $2), ($1, $3)", meeting, participant, Guid.Parse(scenario.Towns.Single().Id));
        await scenario.Client<ExpoBookingsService.ExpoBookingsServiceClient>().BookMeetingAsync(new BookMeetingRequest
        {
            EventId = scenario.EventId,
            MeetingId = meeting.ToString(),
            SlotId = scenario.Slots[0].Id,
            TableId = scenario.Tables[0].Id,
        });
        return (email, scenario.EventId, scenario.Slots[0].StartsAt.ToDateTimeOffset());
    }
}
