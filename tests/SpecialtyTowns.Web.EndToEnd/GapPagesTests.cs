using System.Net;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class GapPagesTests(WebFixture fixture)
{
    private readonly GapSetup _setup = new(fixture);

    [Theory]
    [InlineData("zh-CN", "desktop")]
    [InlineData("zh-CN", "phone")]
    [InlineData("en", "desktop")]
    [InlineData("en", "phone")]
    public async Task GapPages_WhenAnEnterprisePostsAndOpensEachPage_ShowTheGapItsFillersAndTheForms(string culture, string screen)
    {
        var keyword = SearchData.UniqueEnglish();
        var poster = await _setup.EnterpriseAccountAsync("补链", "制剂");
        var filler = await _setup.EnterpriseAccountAsync("他镇", keyword);
        var page = await SignedInAsync(poster.Email, culture, screen);

        await page.GotoAsync("/workspace/gaps/new");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(culture == "en" ? "Post a chain gap" : "发布补链缺口");
        await Assertions.Expect(page.Locator("#kind option")).ToHaveCountAsync(3);
        await CheckAsync(page, $"gaps-new-{culture}-{screen}");
        await GapSetup.FillAndPostAsync(page, "医药辅料配套 " + keyword, keyword);
        await page.WaitForURLAsync("**/gaps/*?saved=1");
        var gapId = GapSetup.IdFromUrl(page);

        await Assertions.Expect(page.Locator(".st-gap-volume")).ToHaveTextAsync("500 吨/年");
        await Assertions.Expect(page.Locator(".st-gap-status-open").First).ToHaveTextAsync(culture == "en" ? "Open" : "征集中");
        await Assertions.Expect(page.Locator("button[name='Move.To'][value=in-talks]")).ToBeVisibleAsync();
        await ReloadUntilAsync(page, $"li.st-filler[data-id='{filler.EnterpriseId}']", "the planted filler");
        await Assertions.Expect(page.Locator($"li.st-filler[data-id='{filler.EnterpriseId}'] .st-reason").First).ToContainTextAsync(keyword);
        await CheckAsync(page, $"gaps-gap-{culture}-{screen}");

        await page.GotoAsync($"/workspace/gaps/{gapId}/edit");
        await Assertions.Expect(page.Locator("#keywords")).ToHaveValueAsync($"{keyword}\n药用辅料");
        await Assertions.Expect(page.Locator("#yearlyVolume")).ToHaveValueAsync("500");
        await CheckAsync(page, $"gaps-edit-{culture}-{screen}");

        await page.GotoAsync("/workspace/gaps");
        await Assertions.Expect(page.Locator($"li[data-gap-id='{gapId}'] .st-project-title")).ToContainTextAsync(culture == "en" ? "Excipients " + keyword : "医药辅料配套");
        await CheckAsync(page, $"gaps-workspace-{culture}-{screen}");

        await GapSetup.SearchUntilFoundAsync(page, $"/gaps?q={keyword}", gapId);
        await Assertions.Expect(page.Locator($"li.st-hit[data-id='{gapId}'] mark").First).ToHaveTextAsync(keyword);
        await Assertions.Expect(page.Locator(".st-kinds a[aria-current=page]")).ToContainTextAsync(culture == "en" ? "Gaps" : "缺口");
        await CheckAsync(page, $"gaps-search-{culture}-{screen}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PostedGap_WhenAnotherEnterpriseAndAVisitorSearch_BothFindAndOpenItAndThePlantedFillerSeesItWithItsReason()
    {
        var keyword = SearchData.UniqueEnglish();
        var poster = await _setup.EnterpriseAccountAsync("补链", "制剂");
        var filler = await _setup.EnterpriseAccountAsync("他镇", keyword);
        var page = await SignedInAsync(poster.Email, "zh-CN", "desktop");
        await page.GotoAsync("/workspace/gaps/new");
        await GapSetup.FillAndPostAsync(page, "药用辅料本地配套 " + keyword, keyword);
        await page.WaitForURLAsync("**/gaps/*?saved=1");
        var gapId = GapSetup.IdFromUrl(page);

        var other = await SignedInAsync(filler.Email, "en", "phone");
        await GapSetup.SearchUntilFoundAsync(other, $"/gaps?q={keyword}", gapId);
        await other.Locator($"li.st-hit[data-id='{gapId}'] a.st-hit-title").ClickAsync();
        await Assertions.Expect(other.Locator("h1")).ToHaveTextAsync("Excipients " + keyword);
        await ReloadUntilAsync(other, $"li.st-filler[data-id='{filler.EnterpriseId}']", "the planted filler");
        Assert.Equal(filler.EnterpriseId, await other.Locator("li.st-filler").First.GetAttributeAsync("data-id"));
        await Assertions.Expect(other.Locator($"li.st-filler[data-id='{filler.EnterpriseId}'] .st-reason").First).ToContainTextAsync(keyword);
        await Assertions.Expect(other.Locator("button[name='Move.To']")).ToHaveCountAsync(0);
        await other.GotoAsync("/workspace/gaps");
        await Assertions.Expect(other.Locator($"#could-fill ~ ol li.st-filler[data-id='{gapId}']")).ToBeVisibleAsync();
        await Assertions.Expect(other.Locator($"li.st-filler[data-id='{gapId}'] .st-reason").First).ToContainTextAsync(keyword);

        var visitor = await fixture.NewPageAsync("zh-CN", Viewport.Phone);
        await GapSetup.SearchUntilFoundAsync(visitor, $"/gaps?q={keyword}", gapId);
        await visitor.Locator($"li.st-hit[data-id='{gapId}'] a.st-hit-title").ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("药用辅料本地配套 " + keyword);
        await Assertions.Expect(visitor.Locator(".st-gap-facts")).ToContainTextAsync("标准厂房租金三年减免");
        await Assertions.Expect(visitor.Locator("a[href='/workspace/gaps/" + gapId + "/edit']")).ToHaveCountAsync(0);

        await page.GotoAsync($"/gaps/{gapId}");
        await page.Locator("#note").FillAsync("已与他镇企业接洽");
        await page.Locator("button[name='Move.To'][value=in-talks]").ClickAsync();
        await Assertions.Expect(page.Locator(".st-gap-head .st-gap-status-in-talks")).ToHaveTextAsync("洽谈中");
        await Assertions.Expect(page.Locator(".st-history-entry").First).ToContainTextAsync("已与他镇企业接洽");
        await visitor.Context.CloseAsync();
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN", "不能为负数")]
    [InlineData("en", "must not be negative")]
    public async Task NewGap_WhenTheVolumeIsNegativeAndTheTitleTooLong_ShowsTheErrorsAtTheirFieldsKeepsTheInputAndStoresNothing(string culture, string negative)
    {
        var keyword = SearchData.UniqueEnglish();
        var poster = await _setup.EnterpriseAccountAsync("补链", "制剂");
        var page = await SignedInAsync(poster.Email, culture, "desktop");
        await page.GotoAsync("/workspace/gaps/new");

        await GapSetup.FillAndPostAsync(page, new string('辅', 201) + keyword, keyword, volume: "-5");

        await Assertions.Expect(page.Locator("#error-yearlyVolume")).ToContainTextAsync(negative);
        await Assertions.Expect(page.Locator("#yearlyVolume")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#error-title")).ToContainTextAsync("200");
        await Assertions.Expect(page.Locator("#yearlyVolume")).ToHaveValueAsync("-5");
        await Assertions.Expect(page.Locator("#keywords")).ToHaveValueAsync($"{keyword}\n药用辅料");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"gaps-new-refused-{culture}");
        await page.GotoAsync("/workspace/gaps");
        await Assertions.Expect(page.Locator("#own-gaps")).ToContainTextAsync(culture == "en" ? "0 in all" : "共 0 个");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EditGap_WhenAnotherEnterpriseOrThePostersTownOpensOrPostsIt_IsRefusedWith403AndNothingChanges()
    {
        var keyword = SearchData.UniqueEnglish();
        var poster = await _setup.EnterpriseAccountAsync("补链", "制剂");
        var other = await _setup.EnterpriseAccountAsync("他镇", keyword);
        var townEmail = AccountSetup.Email("town");
        await _setup.Accounts.ApprovedTownAsync(townEmail, poster.TownId);
        var page = await SignedInAsync(poster.Email, "zh-CN", "desktop");
        await page.GotoAsync("/workspace/gaps/new");
        await GapSetup.FillAndPostAsync(page, "辅料缺口 " + keyword, keyword);
        await page.WaitForURLAsync("**/gaps/*?saved=1");
        var gapId = GapSetup.IdFromUrl(page);

        foreach (var email in new[] { other.Email, townEmail })
        {
            var intruder = await SignedInAsync(email, "en", "desktop");
            var edit = await intruder.GotoAsync($"/workspace/gaps/{gapId}/edit");
            Assert.Equal((int)HttpStatusCode.Forbidden, edit!.Status);
            await Assertions.Expect(intruder.Locator("#title")).ToHaveCountAsync(0);
            var forged = await PostForgedEditAsync(intruder, gapId);
            Assert.NotEqual((int)HttpStatusCode.OK, forged.Status);
            await intruder.GotoAsync($"/gaps/{gapId}");
            await Assertions.Expect(intruder.Locator("button[name='Move.To']")).ToHaveCountAsync(0);
            await intruder.Context.CloseAsync();
        }

        await page.GotoAsync($"/gaps/{gapId}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("辅料缺口 " + keyword);
        await Assertions.Expect(page.Locator(".st-history-entry")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAsync(string email, string culture, string screen)
    {
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        return page;
    }

    // Matching reads the Enterprises index, which follows events: the page is asked again until the result is in.
    private static Task ReloadUntilAsync(IPage page, string selector, string what) =>
        Eventually.TrueAsync(
            async () =>
            {
                if (await page.Locator(selector).CountAsync() > 0)
                {
                    return true;
                }

                await page.ReloadAsync();
                return await page.Locator(selector).CountAsync() > 0;
            },
            TimeSpan.FromSeconds(30),
            what);

    private static async Task CheckAsync(IPage page, string name)
    {
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, name);
    }

    // The edit form as the poster's page would post it, with the intruder's own antiforgery token (from the header's sign-out form),
    // sent with the intruder's cookies but outside the tab: a refused form post answers an error without a page, which
    // Chromium would show as its own error page, a navigation that races the test's next one.
    private static async Task<IAPIResponse> PostForgedEditAsync(IPage page, string gapId)
    {
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in new[] { ("__RequestVerificationToken", token), ("_handler", "gap"), ("Input.Title", "forged"), ("Input.Kind", "product"), ("Input.Description", "forged") })
        {
            form.Append(name, value);
        }

        return await page.Context.APIRequest.PostAsync($"/workspace/gaps/{gapId}/edit", new APIRequestContextOptions { Form = form });
    }
}
