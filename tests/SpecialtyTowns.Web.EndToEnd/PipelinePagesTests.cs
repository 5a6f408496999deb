using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

[Collection(WebCollection.Name)]
public sealed class PipelinePagesTests(WebFixture fixture)
{
    private readonly PipelineSetup _setup = new(fixture);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Board_WhenALeadIsMovedToSignedWithItsRequiredFields_ShowsItSignedWithItsMoneyAndTheMovesOnTheTimeline(string culture)
    {
        var (_, email) = await _setup.TownAccountAsync();
        var page = await _setup.SignedInAsync(email, culture);
        var lead = await PipelineSetup.EnterLeadAsync(page, "法兰投资公司" + Guid.NewGuid().ToString("N")[..6], PipelineSetup.Today(3));
        await PipelineSetup.OpenMoveFromBoardAsync(page, lead, "negotiating");
        await page.Locator("#field-expected-amount-fen").FillAsync("50000000");
        await page.Locator("#field-next-action").FillAsync("起草投资协议");
        await page.Locator("#field-next-action-due").FillAsync(PipelineSetup.Today(7));
        await page.Locator("form.st-move-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**?done=moved");

        await PipelineSetup.OpenMoveFromBoardAsync(page, lead, "signed");
        // The form's fields are read only once it is there: reading them while the page still loads finds none.
        await page.Locator("form.st-move-form #field-amount-fen").WaitForAsync();
        var asked = await page.Locator("form.st-move-form .st-field input:not([type=hidden]), form.st-move-form .st-field textarea, form.st-move-form .st-field select").EvaluateAllAsync<string[]>("els => els.map(e => e.id)");
        await page.Locator("#field-amount-fen").FillAsync("48000000");
        await page.Locator("#field-signed-on").FillAsync(PipelineSetup.Today());
        await page.Locator("#field-contract-reference").FillAsync("HT-2026-" + Guid.NewGuid().ToString("N")[..6]);
        await page.Locator("#field-planned-start-on").FillAsync(PipelineSetup.Today(60));
        await page.Locator("#field-next-action").FillAsync("办理工商注册");
        await page.Locator("#field-next-action-due").FillAsync(PipelineSetup.Today(14));
        await page.Locator("form.st-move-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**?done=moved");

        Assert.Equal(["field-amount-fen", "field-signed-on", "field-contract-reference", "field-planned-start-on", "field-next-action", "field-next-action-due", "field-note"], asked);
        await Assertions.Expect(page.Locator(".st-lead-stage")).ToHaveAttributeAsync("data-stage", "signed");
        await page.GotoAsync("/workspace/pipeline");
        var signed = page.Locator(".st-board-column[data-stage=signed]");
        await Assertions.Expect(signed.Locator($"li.st-lead-card[data-lead-id='{lead}']")).ToHaveCountAsync(1);
        await Assertions.Expect(signed.Locator(".st-column-count")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(signed.Locator(".st-column-amount")).ToHaveAttributeAsync("data-fen", "4800000000");
        await Assertions.Expect(page.Locator(".st-board-column[data-stage=negotiating] .st-column-count")).ToHaveAttributeAsync("data-count", "0");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.ScreenshotAsync(page, $"pipeline-board-{culture}");
        await page.GotoAsync($"/workspace/leads/{lead}");
        var moves = page.Locator(".st-timeline .st-stage-change");
        await Assertions.Expect(page.Locator(".st-timeline .st-stage-change[data-from=negotiating][data-to=signed]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".st-timeline .st-stage-change[data-to=negotiating]")).ToHaveCountAsync(1);
        await Assertions.Expect(moves.Last).ToContainTextAsync(culture == "en" ? "Negotiating → Signed" : "谈判 → 签约");
        await PageChecks.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task MoveForm_WhenSigningWithoutTheContractReferenceAndDate_NamesTheMissingFieldsAndKeepsTheStage(string culture)
    {
        var (_, email) = await _setup.TownAccountAsync();
        var page = await _setup.SignedInAsync(email, culture);
        var lead = await PipelineSetup.EnterLeadAsync(page, "缺项投资公司" + Guid.NewGuid().ToString("N")[..6], PipelineSetup.Today(3));
        await page.GotoAsync($"/workspace/leads/{lead}/move/negotiating");
        await page.Locator("#field-expected-amount-fen").FillAsync("20000000");
        await page.Locator("#field-next-action").FillAsync("准备合同");
        await page.Locator("#field-next-action-due").FillAsync(PipelineSetup.Today(5));
        await page.Locator("form.st-move-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**?done=moved");
        await page.GotoAsync($"/workspace/leads/{lead}/move/signed");
        await page.Locator("#field-amount-fen").FillAsync("20000000");
        await page.Locator("#field-planned-start-on").FillAsync(PipelineSetup.Today(90));
        await page.Locator("#field-next-action").FillAsync("催签合同");
        await page.Locator("#field-next-action-due").FillAsync(PipelineSetup.Today(5));

        await page.Locator("form.st-move-form button[type=submit]").ClickAsync();

        var summary = page.Locator(".ant-alert-error");
        await Assertions.Expect(summary).ToContainTextAsync(culture == "en" ? "Contract reference" : "合同编号");
        await Assertions.Expect(summary).ToContainTextAsync(culture == "en" ? "Signing date" : "签约日期");
        await Assertions.Expect(page.Locator("#field-contract-reference")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#field-signed-on")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#field-amount-fen")).ToHaveValueAsync("20000000");
        await page.GotoAsync($"/workspace/leads/{lead}");
        await Assertions.Expect(page.Locator(".st-lead-stage")).ToHaveAttributeAsync("data-stage", "negotiating");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MoveForm_WhenSomeoneElseMovedTheLeadMeanwhile_SaysSoAndShowsItReloaded()
    {
        var (_, email) = await _setup.TownAccountAsync();
        var page = await _setup.SignedInAsync(email, "zh-CN");
        var lead = await PipelineSetup.EnterLeadAsync(page, "并发投资公司" + Guid.NewGuid().ToString("N")[..6], PipelineSetup.Today(3));
        await page.GotoAsync($"/workspace/leads/{lead}/move/negotiating");
        var version = await page.Locator("input[name='Move.ExpectedVersion']").InputValueAsync();
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync($"/workspace/leads/{lead}/move/contacted");
        await other.Locator("#field-next-action").FillAsync("再次电话沟通");
        await other.Locator("#field-next-action-due").FillAsync(PipelineSetup.Today(2));
        await other.Locator("form.st-move-form button[type=submit]").ClickAsync();
        await other.WaitForURLAsync("**?done=moved");
        await page.Locator("#field-expected-amount-fen").FillAsync("20000000");
        await page.Locator("#field-next-action").FillAsync("准备合同");
        await page.Locator("#field-next-action-due").FillAsync(PipelineSetup.Today(5));

        await page.Locator("form.st-move-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".ant-alert-error")).ToContainTextAsync("别人修改");
        await Assertions.Expect(page.Locator("input[name='Move.ExpectedVersion']")).Not.ToHaveValueAsync(version);
        await Assertions.Expect(page.Locator("#field-next-action")).ToHaveValueAsync("准备合同");
        await page.GotoAsync($"/workspace/leads/{lead}");
        await Assertions.Expect(page.Locator(".st-lead-stage")).ToHaveAttributeAsync("data-stage", "contacted");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task FollowUps_WhenALeadsNextActionIsPastDue_ListItAsOverdueAndNotAsDueToday(string culture)
    {
        var (_, email) = await _setup.TownAccountAsync();
        var page = await _setup.SignedInAsync(email, culture);
        var organisation = "逾期投资公司" + Guid.NewGuid().ToString("N")[..6];
        var overdue = await PipelineSetup.EnterLeadAsync(page, organisation, PipelineSetup.Today(2));
        var onTime = await PipelineSetup.EnterLeadAsync(page, "按时投资公司" + Guid.NewGuid().ToString("N")[..6], PipelineSetup.Today(2));
        await _setup.MakeOverdueAsync(overdue);

        await page.GotoAsync("/workspace/follow-ups/overdue");

        var row = page.Locator($"li[data-lead-id='{overdue}']");
        await Assertions.Expect(row).ToContainTextAsync(organisation);
        await Assertions.Expect(row.Locator(".st-overdue")).ToHaveTextAsync(culture == "en" ? "Overdue" : "逾期");
        await Assertions.Expect(page.Locator($"li[data-lead-id='{onTime}']")).ToHaveCountAsync(0);
        await PageChecks.AssertAccessibleAsync(page);
        await page.GotoAsync("/workspace/follow-ups/due-today");
        await Assertions.Expect(page.Locator(".st-follow-ups")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"li[data-lead-id='{overdue}']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
