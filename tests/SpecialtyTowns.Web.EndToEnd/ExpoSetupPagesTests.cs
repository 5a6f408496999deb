using System.Net.Http.Json;
using Microsoft.Playwright;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The organizer's set-up page (set up, edit, delete; another's event is not found), the Expo navigation and the counter-proposal's slot picker.</summary>
[Collection(WebCollection.Name)]
public sealed class ExpoSetupPagesTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task SetupPage_WhenAnOrganizerSetsUpAnEvent_ShowsTheSlotsHallTableAndInterpreter(string culture)
    {
        var (email, invoker) = await OrganizerAsync();
        var expoEvent = await EventAsync(invoker);
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await page.GotoAsync("/");
        await page.Locator("nav a[href='/expo/events']").ClickAsync();
        await page.Locator($"[data-event='{expoEvent.Id}'] a[href$='/setup']").ClickAsync();

        await SubmitAsync(page, page.Locator(".st-expo-halls li"), ("#hall-name", "一号馆"));
        await page.Locator("#table-hall").SelectOptionAsync(new SelectOptionValue { Label = "一号馆" });
        await SubmitAsync(page, page.Locator("tr[data-table='A01']"), ("#table-label", "A01"), ("#table-seats", "6"));
        await SubmitAsync(page, page.Locator(".st-expo-slots li").First, ("#session-starts", "09:00"), ("#session-ends", "10:40"), ("#session-meeting", "20"), ("#session-break", "5"));
        await SubmitAsync(page, page.Locator(".st-expo-interpreters li"), ("#interpreter-name", "王译"), ("#interpreter-languages", "en, ja"));

        await Assertions.Expect(page.Locator("#tables-title")).ToHaveTextAsync(culture == "en" ? "Tables" : "洽谈桌");
        await Assertions.Expect(page.Locator(".st-expo-slots li")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".st-expo-slots li").First).ToContainTextAsync("09:00–09:20");
        await Assertions.Expect(page.Locator(".st-expo-halls li")).ToContainTextAsync("一号馆");
        await Assertions.Expect(page.Locator("tr[data-table='A01']")).ToContainTextAsync("6");
        await Assertions.Expect(page.Locator(".st-expo-interpreters li")).ToContainTextAsync("en, ja");
        // The button just used keeps the focus, whose colour the contrast check would judge instead of the page's.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SetupPage_WhenAnotherOrganizersEvent_ShowsNotFound()
    {
        var (_, invoker) = await OrganizerAsync();
        var expoEvent = await EventAsync(invoker);
        var (stranger, _) = await OrganizerAsync();
        var page = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(page, stranger, AccountSetup.Password);

        var response = await page.GotoAsync($"/expo/events/{expoEvent.Id}/setup");

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.Locator("#tables-title")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "无法删除", "无法减少座位")]
    [InlineData("en", "Cannot delete", "Cannot reduce the seats")]
    public async Task SetupPage_WhenATableHasAPlacedMeeting_ShowsWhyItCannotBeDeletedOrShrunk(string culture, string deleteRefusal, string seatsRefusal)
    {
        var (email, invoker) = await OrganizerAsync();
        var (scenario, meetings) = await ExpoCalls.AcceptedMeetingsAsync(invoker, new ExpoScenarioOptions { Slots = 2, Tables = 2, Investors = 1, Towns = 1, Enterprises = 0, Interpreters = 0 }, 1);
        var table = scenario.Tables[0];
        await scenario.Client<ExpoBookingsService.ExpoBookingsServiceClient>().BookMeetingAsync(new BookMeetingRequest { EventId = scenario.EventId, MeetingId = meetings[0], SlotId = scenario.Slots[0].Id, TableId = table.Id });
        await TestDatabase.ExecuteAsync(fixture.System.Database("expo"), "update participants set seats = 3 where event_id = $1", Guid.Parse(scenario.EventId));
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await page.GotoAsync($"/expo/events/{scenario.EventId}/setup");
        var row = page.Locator($"tr[data-table='{table.Label}']");

        await row.Locator("button.ant-btn-dangerous").ClickAsync();
        await Assertions.Expect(page.Locator(".st-expo-rule")).ToContainTextAsync(deleteRefusal);
        await row.Locator("input[name='Setup.Seats']").FillAsync("3");
        await row.Locator("button:not(.ant-btn-dangerous)").ClickAsync();

        await Assertions.Expect(page.Locator(".st-expo-rule")).ToContainTextAsync(seatsRefusal);
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("expo"), "select count(*) from tables where id = $1 and seats = $2", Guid.Parse(table.Id), table.Seats));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RequestsPage_WhenTheInvestorCountersWithASlotFromThePicker_TheRequestProposesThatSlot()
    {
        var scene = await new ExpoRequestSetup(fixture).BuildAsync();
        var organizer = await fixture.ApiSignInAsync(scene.OrganizerEmail, AccountSetup.Password);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var session = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/sessions", new { day, startsAt = "14:00", endsAt = "15:00", meetingMinutes = 25, breakMinutes = 5 });
        session.EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(page, scene.InvestorEmail, AccountSetup.Password);
        await page.GotoAsync($"/expo/events/{scene.EventId}/requests");
        var picker = page.Locator($"tr[data-request='{scene.RequestId}'] [data-testid=counter-slot]");

        await picker.SelectOptionAsync(new SelectOptionValue { Label = $"{day} 14:30–14:55" });
        await page.Locator($"tr[data-request='{scene.RequestId}'] button[value=counter]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=request-notice]")).ToBeVisibleAsync();
        Assert.Equal(1, await TestDatabase.CountAsync(
            fixture.System.Database("expo"),
            "select count(*) from meeting_requests r join slots s on s.id = r.proposed_slot_id where r.id = $1 and s.starts_at = $2",
            Guid.Parse(scene.RequestId),
            new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(14, 30)), TimeSpan.FromHours(8)).ToUniversalTime()));
        await page.Context.CloseAsync();
    }

    // Fills the fields of one of the page's small forms, posts it, and waits until the page shows what was added.
    private static async Task SubmitAsync(IPage page, ILocator added, params (string Selector, string Value)[] fields)
    {
        foreach (var (selector, value) in fields)
        {
            await page.Locator(selector).FillAsync(value);
        }

        await page.Locator("form", new() { Has = page.Locator(fields[0].Selector) }).Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(added).ToBeVisibleAsync();
    }

    private static Task<ExpoEvent> EventAsync(Func<TestCaller, Grpc.Core.CallInvoker> invoker)
    {
        var opening = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new ExpoService.ExpoServiceClient(invoker(new TestCaller(Guid.NewGuid().ToString(), "organizer")))
            .CreateEventAsync(new CreateEventRequest { Name = "设置页测试 " + Guid.NewGuid().ToString("N")[..6], City = "大同", StartsOn = opening, EndsOn = opening, TimeZone = "Asia/Shanghai" }).ResponseAsync;
    }

    /// <summary>An approved organizer account and a gRPC invoker that acts as it.</summary>
    private async Task<(string Email, Func<TestCaller, Grpc.Core.CallInvoker> Invoker)> OrganizerAsync()
    {
        var accounts = new AccountSetup(fixture);
        var email = AccountSetup.Email("organizer");
        await accounts.RegisterAsync(email, "organizer");
        var id = await accounts.PendingIdAsync(email) ?? throw new InvalidOperationException("the organizer account is not pending");
        using var approval = await (await accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{id}/approve", null);
        approval.EnsureSuccessStatusCode();
        return (email, ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa, new TestCaller(id, "organizer")));
    }
}
