using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class DemoNoticeTests(WebFixture fixture)
{
    [Fact]
    public async Task Home_WhenTheGatewayRunsWithDemoData_ShowsTheSampleDataNoticeInEachLanguageAndSize()
    {
        // A replica with the setting the run command gives when it loads the demo data; the
        // fixture's own gateway has no demo data and shows no notice.
        await using var replica = await fixture.System.StartGatewayReplicaAsync(new Dictionary<string, string> { ["Demo__Enabled"] = "true" });
        foreach (var (culture, notice) in new[] { ("zh-CN", "本站包含示例数据"), ("en", "This site contains sample data") })
        {
            foreach (var viewport in new[] { Viewport.Desktop, Viewport.Phone })
            {
                var page = await fixture.NewPageAsync(culture, viewport);
                await page.GotoAsync(replica.HealthBase.ToString());
                await Assertions.Expect(page.Locator("aside.st-demo-notice strong")).ToHaveTextAsync(notice);
                await PageChecks.AssertAccessibleAsync(page);
                await PageChecks.ScreenshotAsync(page, $"demo-notice-{culture}-{viewport.Name}");
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Home_WhenTheGatewayRunsWithoutDemoData_ShowsNoNotice()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("header.st-header")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-demo-notice")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
