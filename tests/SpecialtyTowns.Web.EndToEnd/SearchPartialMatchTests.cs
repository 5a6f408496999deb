using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The search page when no result has every word: the best partial matches, and a line that says so.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchPartialMatchTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN", "没有同时包含全部词语的结果，以下为部分匹配")]
    [InlineData("en", "No results contain every word; showing the best partial matches")]
    public async Task Search_WhenNoTownHasEveryWord_ShowsTheTownsOfEachWordAndSaysTheyArePartial(string culture, string line)
    {
        var page = await fixture.NewPageAsync(culture, Viewport.Desktop);
        page.SetDefaultNavigationTimeout(60_000);

        await page.GotoAsync("/search?q=玻璃+醋");
        await Assertions.Expect(page.Locator(".st-partial")).ToHaveTextAsync(line);
        await page.GotoAsync("/search?kind=town&q=玻璃+醋");

        await Assertions.Expect(page.Locator(".st-partial")).ToHaveTextAsync(line);
        await Assertions.Expect(page.Locator(".st-hit-title", new() { HasText = "祁县玻璃器皿专业镇" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-hit-title", new() { HasText = "清徐老陈醋专业镇" })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_WhenATownHasEveryWord_ShowsNoPartialLine()
    {
        var page = await fixture.NewPageAsync("zh-CN", Viewport.Desktop);
        page.SetDefaultNavigationTimeout(60_000);

        await page.GotoAsync("/search?kind=town&q=玻璃+祁县");

        await Assertions.Expect(page.Locator(".st-hit-title", new() { HasText = "祁县玻璃器皿专业镇" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".st-partial")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
