using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed partial class SearchPageTests(WebFixture fixture)
{
    [Theory]
    [InlineData("zh-CN", "desktop", "法兰")]
    [InlineData("zh-CN", "phone", "flange")]
    [InlineData("en", "desktop", "flange")]
    [InlineData("en", "phone", "法兰")]
    public async Task Search_WhenAVisitorSearchesTheSeedTownsInChineseOrEnglish_FindsTheFlangeTownAndOpensIt(string culture, string screen, string text)
    {
        var page = await OpenAsync(culture, ViewportOf(screen));

        await page.GotoAsync("/search?kind=town");
        await WaitForSuggestionsAsync(page);
        await page.Locator("#q").FillAsync(text);
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));

        var first = page.Locator(".st-hit").First;
        await Assertions.Expect(first.Locator(".st-hit-title")).ToHaveTextAsync("定襄法兰专业镇");
        await Assertions.Expect(first.Locator(".st-hit-snippet mark").First).ToBeVisibleAsync();
        Assert.Equal(culture == "en" ? "zh-CN" : null, await first.Locator(".st-hit-title").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator(".st-kinds a[aria-current=page]")).ToContainTextAsync(culture == "en" ? "Towns" : "小镇");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"search-towns-{culture}-{screen}");
        await first.Locator(".st-hit-title").ClickAsync();
        await page.WaitForURLAsync(TownUrl());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task Search_WhenAPublishedProjectMatches_ShowsItsTitleInThePageLanguageWithAmountAndOpensIt(string culture, string screen)
    {
        using var data = new SearchData(fixture);
        var word = SearchData.UniqueChinese();
        var token = SearchData.UniqueEnglish();
        var title = $"{word}精密铸造扩产项目";
        var titleEn = $"Precision casting {token} expansion";
        var id = await data.CreateProjectAsync(await data.RegisterTownAsync(), title, titleEn, "equity", 20_000_000m, 80_000_000m);
        var page = await OpenAsync(culture, ViewportOf(screen));

        foreach (var text in new[] { word, token })
        {
            await page.GotoAsync("/search");
            await WaitForSuggestionsAsync(page);
            await page.Locator("#q").FillAsync(text);
            await page.Locator("form[role=search] button[type=submit]").ClickAsync();
            var hit = page.Locator(".st-hit");
            await Assertions.Expect(hit).ToHaveCountAsync(1);
            await Assertions.Expect(hit.Locator(".st-hit-title")).ToHaveTextAsync(culture == "en" ? titleEn : title);
            await Assertions.Expect(hit.Locator(".st-hit-snippet mark").First).ToBeVisibleAsync();
            await Assertions.Expect(hit.Locator(".st-money")).ToHaveTextAsync(culture == "en" ? "20–80 million yuan" : "2,000–8,000 万元");
        }

        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"search-projects-{culture}-{screen}");
        await page.Locator(".st-hit .st-hit-title").ClickAsync();
        await page.WaitForURLAsync($"**/projects/{id}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "phone")]
    [InlineData("en", "desktop")]
    public async Task Facets_WhenAValueIsChosen_RefineTheResultsToTheCountShownAndTheFilterCanBeRemoved(string culture, string screen)
    {
        using var data = new SearchData(fixture);
        var word = SearchData.UniqueChinese();
        var townId = await data.RegisterTownAsync();
        await data.CreateProjectAsync(townId, $"{word}智能阀门项目", null, "equity", 5_000_000m, 8_000_000m);
        await data.CreateProjectAsync(townId, $"{word}阀门铸件租赁项目", null, "lease", 200_000_000m, 300_000_000m);
        await data.CreateProjectAsync(townId, $"{word}阀门总装项目", null, "lease", 30_000_000m, 50_000_000m);
        var page = await OpenAsync(culture, ViewportOf(screen));
        await page.GotoAsync($"/search?q={Uri.EscapeDataString(word)}");
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(3);

        var lease = page.Locator("a.st-facet-value[data-facet=cooperationMode][data-value=lease]");
        await Assertions.Expect(lease.Locator(".st-count")).ToHaveTextAsync("2");
        await lease.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("cooperationMode=lease", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".st-results-count")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator("a.st-facet-value[data-facet=cooperationMode][data-value=lease]")).ToHaveAttributeAsync("aria-current", "true");
        var band = page.Locator("a.st-facet-value[data-facet=amountBand][data-value='100m-1b']");
        await Assertions.Expect(band.Locator(".st-count")).ToHaveTextAsync("1");
        await band.ClickAsync();
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".st-active-filters .st-filter-tag")).ToHaveCountAsync(2);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"search-facets-{culture}-{screen}");

        // The cooperation mode's tag removes it: its link is the one that no longer names it.
        await page.Locator(".st-active-filters .st-filter-remove:not([href*='cooperationMode'])").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("cooperationMode", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(1);
        await page.Locator(".st-active-filters a", new() { HasText = culture == "en" ? "Clear all filters" : "清除全部条件" }).ClickAsync();
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(3);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("en", "phone")]
    public async Task Suggestions_WhenTyping_AppearAndChoosingOneWithTheKeyboardSearchesIt(string culture, string screen)
    {
        var page = await OpenAsync(culture, ViewportOf(screen));
        await page.GotoAsync("/search");
        await WaitForSuggestionsAsync(page);

        var input = page.Locator("#q");
        await input.PressSequentiallyAsync("定襄");
        var option = page.Locator("#q-suggestions [role=option]", new() { HasText = "定襄法兰专业镇" });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"search-suggestions-{culture}-{screen}");
        var index = await page.Locator("#q-suggestions [role=option]").AllInnerTextsAsync();
        for (var i = 0; i <= index.ToList().IndexOf("定襄法兰专业镇"); i++)
        {
            await input.PressAsync("ArrowDown");
        }

        await Assertions.Expect(input).ToHaveValueAsync("定襄法兰专业镇");
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await input.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("q=" + Uri.EscapeDataString("定襄法兰专业镇"), StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator(".st-hit .st-hit-title").First).ToHaveTextAsync("定襄法兰专业镇");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Suggestions_WhenOneIsClicked_SearchesIt()
    {
        var page = await OpenAsync("zh-CN", Viewport.Desktop);
        await page.GotoAsync("/search");
        await WaitForSuggestionsAsync(page);

        await page.Locator("#q").PressSequentiallyAsync("定襄");
        await page.Locator("#q-suggestions [role=option]", new() { HasText = "定襄法兰专业镇" }).ClickAsync();

        await Assertions.Expect(page.Locator(".st-hit .st-hit-title").First).ToHaveTextAsync("定襄法兰专业镇");
        Assert.Contains("q=" + Uri.EscapeDataString("定襄法兰专业镇"), page.Url, StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_WhenScriptIsOff_TheFormStillSearchesAndFiltersStillRefine()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.System.GatewayAddress.ToString(),
            JavaScriptEnabled = false,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultNavigationTimeout(60_000);

        await page.GotoAsync("/search?kind=town");
        await page.Locator("#q").FillAsync("法兰");
        await page.Locator("form[role=search] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".st-hit .st-hit-title").First).ToHaveTextAsync("定襄法兰专业镇");
        var category = page.Locator("a.st-facet-value[data-facet=category]").First;
        var count = await category.Locator(".st-count").InnerTextAsync();
        await category.ClickAsync();
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        await context.CloseAsync();
    }

    [Fact]
    public async Task SearchBox_WhenTheCircuitConnectsAfterTheVisitorTyped_KeepsTheTextAndTheFocus()
    {
        var page = await OpenAsync("zh-CN", Viewport.Phone);
        var typed = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await typed.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/search");
        await page.Locator("#q").PressSequentiallyAsync("定襄");

        typed.SetResult();

        await WaitForSuggestionsAsync(page);
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("定襄");
        await Assertions.Expect(page.Locator("#q")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#q-suggestions [role=option]", new() { HasText = "定襄法兰专业镇" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_WhenTheCircuitNeverConnects_ThePlainFormStillSearches()
    {
        var page = await OpenAsync("en", Viewport.Desktop);
        await page.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await page.GotoAsync("/search?kind=town");

        await page.Locator("#q").FillAsync("flange");
        await page.Locator("#q").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".st-hit .st-hit-title").First).ToHaveTextAsync("定襄法兰专业镇");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("flange");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "desktop", "搜索词不能超过 200 个字符。")]
    [InlineData("en", "phone", "Text is longer than 200 characters.")]
    public async Task Search_WhenTheQueryIsTooLong_ShowsTheServicesErrorAtTheSearchBox(string culture, string screen, string message)
    {
        var page = await OpenAsync(culture, ViewportOf(screen));

        var response = await page.GotoAsync("/search?q=" + new string('a', 201));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("#error-q")).ToHaveTextAsync(message);
        await Assertions.Expect(page.Locator("#q")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains("error-q", await page.Locator("#q").GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(201, (await page.Locator("#q").InputValueAsync()).Length);
        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(0);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"search-too-long-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_WhenAFilterValueIsUnknown_ShowsTheServicesErrorAtThatFilterAndItCanBeRemoved()
    {
        var page = await OpenAsync("en", Viewport.Desktop);

        await page.GotoAsync("/search?q=flange&level=galactic");

        await Assertions.Expect(page.Locator("#error-level")).ToContainTextAsync("galactic");
        await page.Locator(".st-active-filters .st-filter-remove").ClickAsync();
        await Assertions.Expect(page.Locator(".st-hit").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "phone", "没有找到")]
    [InlineData("en", "desktop", "Nothing matches")]
    public async Task Search_WhenNothingMatches_SaysSoAndOffersSuggestions(string culture, string screen, string message)
    {
        var page = await OpenAsync(culture, ViewportOf(screen));

        // One Chinese run, most of whose character pairs occur nowhere: no match, not even a partial one.
        await page.GotoAsync($"/search?q={Uri.EscapeDataString("定襄" + SearchData.UniqueChinese())}");

        await Assertions.Expect(page.Locator(".st-empty")).ToContainTextAsync(message);
        var alternative = page.Locator(".st-alternatives a", new() { HasText = "定襄法兰专业镇" });
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"search-empty-{culture}-{screen}");
        await alternative.ClickAsync();
        await Assertions.Expect(page.Locator(".st-hit .st-hit-title").First).ToHaveTextAsync("定襄法兰专业镇");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_WhenAProjectIsStillADraft_ShowsItNeitherInThePageNorInTheApi()
    {
        using var data = new SearchData(fixture);
        var word = SearchData.UniqueChinese();
        var townId = await data.RegisterTownAsync();
        var draft = await data.CreateProjectAsync(townId, $"{word}未发布项目", null, "equity", 1_000_000m, 2_000_000m, publish: false);
        await data.CreateProjectAsync(townId, $"{word}已发布项目", null, "equity", 1_000_000m, 2_000_000m);
        var page = await OpenAsync("zh-CN", Viewport.Desktop);

        await page.GotoAsync($"/search?q={Uri.EscapeDataString(word)}&kind=project");

        await Assertions.Expect(page.Locator(".st-hit")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($".st-hit a[href='/projects/{draft}']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(draft, await data.ApiSearchAsync(word));
        await page.Context.CloseAsync();
    }

    // Two cores shared with builds: a cold page can take longer than the fixture's 15 s to load.
    private async Task<IPage> OpenAsync(string culture, Viewport viewport)
    {
        var page = await fixture.NewPageAsync(culture, viewport);
        page.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    // The island is interactive: typing now reaches the circuit (typing before is kept, tested on its own).
    private static Task WaitForSuggestionsAsync(IPage page) =>
        Assertions.Expect(page.Locator(".st-suggest[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

    private static Viewport ViewportOf(string screen) => screen == "phone" ? Viewport.Phone : Viewport.Desktop;

    [GeneratedRegex(@"/towns/[0-9a-f-]{36}$")]
    private static partial Regex TownUrl();
}
