using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The matching pages: an investor's recommendations with both sides' reasons and express interest (the lead then on
/// the town's board), and the town's recommended investors on its project page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MatchingPagesTests(WebFixture fixture)
{
    private readonly MatchingSetup _setup = new(fixture);
    private readonly AccountSetup _accounts = new(fixture);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Recommendations_WhenTheInvestorExpressesInterestInThePlantedProject_TheLeadAppearsOnTheTownsPipeline(string culture)
    {
        var en = culture == "en";
        var world = await _setup.PlantAsync();
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, world.InvestorEmail, AccountSetup.Password);
        await page.GotoAsync("/investor/recommendations");
        var item = page.Locator($"li.st-match[data-id='{world.ProjectId}']");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=investor] h3")).ToHaveTextAsync(en ? "Why it fits you" : "为什么适合您");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=town] h3")).ToHaveTextAsync(en ? "Why they may be interested" : "为什么对方可能感兴趣");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=investor] .st-reason[data-feature=industry]")).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator(".st-match-side[data-side=town] .st-reason").First).ToBeVisibleAsync();
        await Assertions.Expect(item.Locator("a.st-match-title")).ToHaveTextAsync(en ? "Precision flange forging" : $"{world.Keyword}精密法兰锻造项目");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"recommendations-{culture}");

        await item.Locator(".st-match-interest summary").ClickAsync();
        await item.Locator("textarea").FillAsync("希望安排考察，了解用地与配套。");
        await item.Locator("button.st-match-send").ClickAsync();

        var lead = item.Locator("a.st-match-lead-link");
        await Assertions.Expect(lead).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/investor/leads/[0-9a-f-]{36}$"), new() { Timeout = 20_000 });
        await Assertions.Expect(item.Locator(".st-match-lead")).ToHaveTextAsync(en ? "Lead created" : "已建立线索");
        await Assertions.Expect(page.Locator("[data-testid=feedback-done]")).ToBeVisibleAsync();
        var leadId = (await lead.GetAttributeAsync("href"))!.Split('/')[^1];
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"recommendations-interest-{culture}");
        var town = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(town, world.TownEmail, AccountSetup.Password);
        await town.GotoAsync("/workspace/pipeline");
        await Assertions.Expect(town.Locator($"li.st-lead-card[data-lead-id='{leadId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(town.Locator($"li.st-lead-card[data-lead-id='{leadId}']")).ToContainTextAsync(world.OrganisationName);
        await page.GotoAsync("/investor/recommendations");
        await Assertions.Expect(page.Locator($"[data-testid=existing-leads] li[data-lead-id='{leadId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"li.st-match[data-id='{world.ProjectId}']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
        await town.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task ProjectPage_WhenAnOrganisationFitsTheProject_ShowsItAmongRecommendedInvestorsWithReasonsToSaveAndContact(string culture)
    {
        var en = culture == "en";
        var world = await _setup.PlantAsync();
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, world.TownEmail, AccountSetup.Password);
        await page.GotoAsync($"/workspace/projects/{world.ProjectId}/edit");
        var panel = page.Locator("[data-testid=recommended-investors]");
        var item = panel.Locator($"li.st-investor-match[data-id='{world.OrganisationId}']");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=town] h3")).ToHaveTextAsync(en ? "Why it fits you" : "为什么适合您");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=investor] h3")).ToHaveTextAsync(en ? "Why they may be interested" : "为什么对方可能感兴趣");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=investor] .st-reason[data-feature=industry]")).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator(".st-match-side[data-side=town] .st-reason").First).ToBeVisibleAsync();
        await Assertions.Expect(item.Locator(".st-match-facts")).ToContainTextAsync("C33");
        await Assertions.Expect(item).Not.ToContainTextAsync("13912345678");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"project-recommended-investors-{culture}");

        await item.Locator("button.st-match-save").ClickAsync();

        await Assertions.Expect(item).ToHaveAttributeAsync("data-saved", "true", new() { Timeout = 20_000 });
        await Assertions.Expect(item.Locator(".st-match-saved")).ToHaveTextAsync(en ? "Saved" : "已收藏");
        await item.Locator(".st-match-interest summary").ClickAsync();
        await item.Locator("button.st-match-send").ClickAsync();
        var lead = item.Locator("a.st-match-lead-link");
        await Assertions.Expect(lead).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/workspace/leads/[0-9a-f-]{36}$"), new() { Timeout = 20_000 });
        var href = (await lead.GetAttributeAsync("href"))!;
        await page.GotoAsync($"/workspace/projects/{world.ProjectId}/edit");
        await Assertions.Expect(page.Locator($"[data-testid=existing-leads] li[data-id='{world.OrganisationId}'] a")).ToHaveAttributeAsync("href", href);
        await page.GotoAsync("/workspace/recommended-investors");
        await Assertions.Expect(page.Locator("[data-testid=recommended-investors] h2")).ToHaveTextAsync(en ? "Recommended investors" : "推荐投资方");
        await Assertions.Expect(page.Locator($"[data-testid=recommended-investors] li.st-investor-match[data-id='{world.OrganisationId}']")).ToHaveCountAsync(1);
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task ExpressInterest_WhenTheServiceRefusesTheMessage_ShowsTheErrorAtThatItemsMessageOnBothSides(string culture)
    {
        var world = await _setup.PlantAsync();
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, world.InvestorEmail, AccountSetup.Password);
        await page.GotoAsync("/investor/recommendations");
        var offer = page.Locator($"li.st-match[data-id='{world.ProjectId}']");
        var town = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(town, world.TownEmail, AccountSetup.Password);
        await town.GotoAsync($"/workspace/projects/{world.ProjectId}/edit");
        var investor = town.Locator($"[data-testid=recommended-investors] li.st-investor-match[data-id='{world.OrganisationId}']");

        await SendTooLongMessageAsync(offer);
        await SendTooLongMessageAsync(investor);

        await AssertRefusedAtMessageAsync(page, page.Locator(".st-recommendations"), offer, culture);
        await AssertRefusedAtMessageAsync(town, town.Locator("[data-testid=recommended-investors]"), investor, culture);
        await page.Context.CloseAsync();
        await town.Context.CloseAsync();
    }

    /// <summary>A message over the service's 2,000 characters, from a client that skips the page's own limit.</summary>
    private static async Task SendTooLongMessageAsync(ILocator item)
    {
        await item.Locator(".st-match-interest summary").ClickAsync();
        await item.Locator("textarea").EvaluateAsync("e => e.removeAttribute('maxlength')");
        await item.Locator("textarea").FillAsync(new string('长', 2001));
        await item.Locator("button.st-match-send").ClickAsync();
    }

    private static async Task AssertRefusedAtMessageAsync(IPage page, ILocator list, ILocator item, string culture)
    {
        var en = culture == "en";
        var message = item.Locator("textarea");
        await Assertions.Expect(item.Locator("#error-message")).ToHaveTextAsync(
            en ? "is 2001 characters long; at most 2000 are allowed" : "长度为 2001 个字符，最多允许 2000 个", new() { Timeout = 20_000 });
        await Assertions.Expect(message).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(message).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex(@"\berror-message$"));
        await Assertions.Expect(message).ToHaveValueAsync(new string('长', 2001));
        await Assertions.Expect(item.Locator(".st-match-interest")).ToHaveAttributeAsync("open", string.Empty);
        await Assertions.Expect(item.Locator(".st-match-lead")).ToHaveCountAsync(0);
        await Assertions.Expect(list.Locator(".st-alert[role=alert] .ant-alert-message")).ToHaveTextAsync(en ? "Please correct the marked fields and submit again." : "请修改标出的内容后再提交。");
        await PageChecks.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task GapPage_WhenItsEnterpriseOpensIt_ShowsRecommendedInvestorsWithReasonsAndSavesOne()
    {
        var (email, gapId, organisationId) = await _setup.PlantGapAsync();
        var page = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        await page.GotoAsync($"/gaps/{gapId}");
        var item = page.Locator($"[data-testid=recommended-investors] li.st-investor-match[data-id='{organisationId}']");
        await Assertions.Expect(item.Locator(".st-match-side[data-side=investor] .st-reason[data-feature=industry]")).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator(".st-match-side[data-side=town] h3")).ToHaveTextAsync("为什么适合您");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, "gap-recommended-investors-zh-CN");

        await item.Locator("button.st-match-save").ClickAsync();

        await Assertions.Expect(item).ToHaveAttributeAsync("data-saved", "true", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-testid=recommended-investors] [data-testid=feedback-done]")).ToContainTextAsync("已收藏");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Recommendations_WhenTheInvestorHasNoOrganisationYet_LinksToTheOrganisationProfile()
    {
        var email = AccountSetup.Email("noorg");
        await _accounts.RegisterAsync(email, "investor");
        var page = await fixture.NewPageAsync("zh-CN");
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        await page.GotoAsync("/investor/recommendations?kind=gap");

        var state = page.Locator("[data-testid=organisation-required]");
        await Assertions.Expect(state.Locator("a")).ToHaveAttributeAsync("href", "/investor/organisation");
        await Assertions.Expect(page.Locator(".st-kind[aria-current=page]")).ToHaveAttributeAsync("data-kind", "gap");
        await Assertions.Expect(page.Locator("header nav a[href='/investor/recommendations']")).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
