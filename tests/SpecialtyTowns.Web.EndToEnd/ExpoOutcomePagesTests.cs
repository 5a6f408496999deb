using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>A party records its meeting's outcome with a few taps; the page shows it back in Chinese and English.</summary>
[Collection(WebCollection.Name)]
public sealed class ExpoOutcomePagesTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task OutcomePage_WhenTheInvestorTapsHeldFourStarsAndSiteVisit_RecordsItAndShowsItBack(string culture, string screen)
    {
        var scene = await new ExpoRequestSetup(fixture).BuildAsync();
        var meetingId = await PlacedMeetingAsync(scene);
        var english = culture == "en";
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(page, scene.InvestorEmail, AccountSetup.Password);

        await page.GotoAsync($"/expo/meetings/{meetingId}/outcome");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(english ? "Meeting outcome" : "会谈结果");
        await Assertions.Expect(page.Locator("[data-testid=meeting-summary]")).ToContainTextAsync("广灵县黄花小镇");
        await page.Locator("label:has(input[name='Input.Held'][value=yes])").ClickAsync();
        await page.Locator("label:has(input[name='Input.Rating'][value='4'])").ClickAsync();
        await page.Locator("label:has(input[name='Input.NextStep'][value=site-visit])").ClickAsync();
        await page.Locator("[data-testid=save-outcome]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=outcome-saved]")).ToHaveTextAsync(english ? "The outcome is saved." : "已保存会谈结果。");
        await Assertions.Expect(page.Locator("input[name='Input.Rating'][value='4']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("label:has(input[name='Input.NextStep'][value=site-visit])")).ToContainTextAsync(english ? "Site visit" : "实地考察");
        Assert.Equal(1, await TestDatabase.CountAsync(
            fixture.System.Database("expo"),
            "select count(*) from meeting_outcomes where meeting_id = $1 and held and rating = 4 and next_step = 'site-visit'",
            meetingId));
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"expo-outcome-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    private async Task<Guid> PlacedMeetingAsync(ExpoRequestSetup.Scene scene)
    {
        var database = fixture.System.Database("expo");
        var eventId = Guid.Parse(scene.EventId);
        var (hall, table, slot, meeting) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await TestDatabase.ExecuteAsync(database, "insert into halls (id, event_id, name, position) values ($1, $2, '一号馆', 0)", hall, eventId);
        await TestDatabase.ExecuteAsync(database, "insert into tables (id, event_id, hall_id, label, seats, zone) values ($1, $2, $3, 'A01', 4, null)", table, eventId, hall);
        await TestDatabase.ExecuteAsync(database, "insert into slots (id, event_id, starts_at, ends_at) values ($1, $2, now() - interval '1 hour', now() - interval '35 minutes')", slot, eventId);
        await TestDatabase.ExecuteAsync(
            database,
            "insert into meetings (id, event_id, status, slot_id, table_id, weight, attendee_ids, locked, created_at, version) values ($1, $2, 'scheduled', $3, $4, 1, '{}', false, now(), 1)",
            meeting, eventId, slot, table);
        await TestDatabase.ExecuteAsync(database, "insert into meeting_parties (meeting_id, participant_id) values ($1, $2), ($1, $3)", meeting, Guid.Parse(scene.InvestorId), Guid.Parse(scene.TownIds[0]));
        return meeting;
    }
}
