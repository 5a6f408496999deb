using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The pipeline page tests' world: a new town with an approved account, known to the Leads service, and leads the
/// town enters through its own page, each with a unique organisation name.
/// </summary>
public sealed partial class PipelineSetup(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);

    /// <summary>A new town and its account's email, once the Leads service has the town in its directory.</summary>
    public async Task<(string TownId, string Email)> TownAccountAsync()
    {
        var townId = await _accounts.TownAsync("招商镇");
        var email = AccountSetup.Email("pipeline");
        (await _accounts.ApprovedTownAsync(email, townId)).Dispose();
        await Eventually.TrueAsync(
            async () => await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM town_directory WHERE town_id = $1", Guid.Parse(townId)) == 1,
            TimeSpan.FromSeconds(30),
            "the town in the Leads service");
        return (townId, email);
    }

    public async Task<IPage> SignedInAsync(string email, string culture)
    {
        var page = await fixture.NewPageAsync(culture);
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);
        return page;
    }

    /// <summary>Enters a lead for a new organisation through the town's form; the lead's id.</summary>
    public static async Task<string> EnterLeadAsync(IPage page, string organisation, string due, string amountYuan = "30000000")
    {
        await page.GotoAsync("/workspace/leads/new");
        await page.Locator("#organisation-name").FillAsync(organisation);
        await page.Locator("#lead-message").FillAsync("展会上洽谈的法兰项目，有意在镇上设厂");
        await page.Locator("#lead-next-action").FillAsync("电话约考察时间");
        await page.Locator("#lead-next-action-due").FillAsync(due);
        await page.Locator("#lead-expected-amount").FillAsync(amountYuan);
        await page.Locator("form.st-new-lead-form button[type=submit]").ClickAsync();
        try
        {
            await page.WaitForURLAsync(LeadUrl(), new PageWaitForURLOptions { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            var refusals = await page.Locator(".ant-alert-error, .ant-form-item-explain-error").AllInnerTextsAsync();
            throw new InvalidOperationException($"the lead for {organisation} was not entered: {string.Join(" | ", refusals)}");
        }

        return new Uri(page.Url).AbsolutePath.Split('/')[^1];
    }

    /// <summary>
    /// Sets the lead's next action due two days back, as if that much time had passed: no path lets a town date a
    /// next action in the past.
    /// </summary>
    public async Task MakeOverdueAsync(string leadId)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(fixture.System.Database("leads")));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE leads SET next_action_due = current_date - 2 WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(leadId) });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>Opens the board, the card's move menu, and the move to <paramref name="stage"/>.</summary>
    public static async Task OpenMoveFromBoardAsync(IPage page, string leadId, string stage)
    {
        await page.GotoAsync("/workspace/pipeline");
        var card = page.Locator($"li.st-lead-card[data-lead-id='{leadId}']");
        await card.Locator(".st-move-menu summary").ClickAsync();
        await card.Locator($".st-move-menu a[data-stage='{stage}']").ClickAsync();
        await page.WaitForURLAsync($"**/move/{stage}");
    }

    public static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/workspace/leads/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex LeadUrl();
}
