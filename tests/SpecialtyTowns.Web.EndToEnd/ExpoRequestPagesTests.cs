using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>A participant answers and sends meeting requests in its inbox; the organizer sees the overview.</summary>
[Collection(WebCollection.Name)]
public sealed class ExpoRequestPagesTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task RequestPages_WhenTheInvestorAcceptsOneRequestAndSendsAnother_TheOrganizerSeesBoth(string culture, string screen)
    {
        var scene = await new ExpoRequestSetup(fixture).BuildAsync();
        var english = culture == "en";
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(page, scene.InvestorEmail, AccountSetup.Password);

        await page.GotoAsync($"/expo/events/{scene.EventId}/requests");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(english ? "Meeting requests and notifications" : "洽谈请求与通知");
        await Assertions.Expect(page.Locator("[data-kind='request-received']")).ToContainTextAsync("广灵县黄花小镇");
        await CheckAsync(page, $"expo-requests-{culture}-{screen}");
        await page.Locator($"tr[data-request='{scene.RequestId}'] button[value=accept]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=request-notice]")).ToHaveTextAsync(english ? "Accepted." : "已接受。");
        await Assertions.Expect(page.Locator($"tr[data-request='{scene.RequestId}'] [data-testid=status]")).ToHaveTextAsync(english ? "Accepted" : "已接受");

        await page.Locator("#to-0").SelectOptionAsync(scene.TownIds[1]);
        await page.Locator("#message").FillAsync("想了解法兰产业园的用地政策");
        await page.Locator("[data-testid=send-request]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=request-notice]")).ToHaveTextAsync(english ? "The request was sent." : "请求已发送。");
        await Assertions.Expect(page.Locator("section[aria-labelledby=sent-title] tbody tr")).ToHaveCountAsync(1);

        var organizer = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(organizer, scene.OrganizerEmail, AccountSetup.Password);
        await organizer.GotoAsync($"/expo/events/{scene.EventId}/requests/overview");
        await Assertions.Expect(organizer.Locator("dd[data-status=accepted]")).ToHaveTextAsync("1");
        await Assertions.Expect(organizer.Locator("dd[data-status=pending]")).ToHaveTextAsync("1");
        await Assertions.Expect(organizer.Locator("[data-testid=without-meetings] li")).ToHaveCountAsync(1);
        await Assertions.Expect(organizer.Locator("[data-testid=without-meetings]")).ToContainTextAsync("阳高县法兰小镇");
        await CheckAsync(organizer, $"expo-requests-overview-{culture}-{screen}");
        await page.Context.CloseAsync();
        await organizer.Context.CloseAsync();
    }

    [Fact]
    public async Task RequestsOverview_WhenAnotherOrganizerOpensIt_ShowsNotFound()
    {
        var scene = await new ExpoRequestSetup(fixture).BuildAsync();
        var other = await new ExpoRequestSetup(fixture).BuildAsync();
        var page = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(page, other.OrganizerEmail, AccountSetup.Password);

        var response = await page.GotoAsync($"/expo/events/{scene.EventId}/requests/overview");

        Assert.Equal(404, response?.Status);
        await page.Context.CloseAsync();
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, name);
    }
}
