using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The gap page tests' world, made through the REST API with unique names: a town with an enterprise whose account
/// posts gaps, and an enterprise of another town planted to fill them (its product is the gap's unique keyword).
/// </summary>
public sealed class GapSetup(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);

    public AccountSetup Accounts => _accounts;

    /// <summary>An enterprise of a new town with an approved account; its town and its own id.</summary>
    public async Task<(string Email, string TownId, string EnterpriseId)> EnterpriseAccountAsync(string prefix, params string[] products)
    {
        var townId = await _accounts.TownAsync(prefix);
        var enterpriseId = await EnterpriseAsync(townId, products);
        var email = AccountSetup.Email(prefix == "补链" ? "poster" : "filler");
        await _accounts.RegisterAsync(email, "enterprise", enterpriseId: enterpriseId);
        var pending = await _accounts.PendingIdAsync(email) ?? throw new InvalidOperationException("the enterprise account awaits no approval");
        using var approval = await (await _accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{pending}/approve", null);
        approval.EnsureSuccessStatusCode();
        return (email, townId, enterpriseId);
    }

    public async Task<string> EnterpriseAsync(string townId, IReadOnlyList<string> products)
    {
        var admin = await _accounts.AdminAsync();
        using var response = await admin.PostAsJsonAsync("/api/v1/enterprises", new { name = "补链企业" + Guid.NewGuid().ToString("N")[..8], townId, products });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"enterprise: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Fills the gap form (new or edit) with a gap seeking <paramref name="keyword"/>, and posts it.</summary>
    public static async Task FillAndPostAsync(IPage page, string title, string keyword, string volume = "500")
    {
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#titleEn").FillAsync($"Excipients {keyword}");
        await page.Locator("#kind").SelectOptionAsync("product");
        await page.Locator("#description").FillAsync($"园区制药企业需要本地配套的药用辅料 {keyword}，目前全部外购。");
        await page.Locator("#specification").FillAsync("药用级，符合《中国药典》");
        await page.Locator("#yearlyVolume").FillAsync(volume);
        await page.Locator("#volumeUnit").FillAsync("吨/年");
        await page.Locator("#anchorBuyer").FillAsync("园区制药企业");
        await page.Locator("#incentives").FillAsync("标准厂房租金三年减免");
        await page.Locator("#keywords").FillAsync($"{keyword}\n药用辅料");
        await page.Locator("form.st-form button[type=submit]").First.ClickAsync();
    }

    /// <summary>Opens the gaps search for the keyword until the index has the result (the index follows events).</summary>
    public static Task SearchUntilFoundAsync(IPage page, string query, string id) =>
        Eventually.TrueAsync(
            async () =>
            {
                await page.GotoAsync(query);
                return await page.Locator($"li.st-hit[data-id='{id}']").CountAsync() > 0;
            },
            TimeSpan.FromSeconds(30),
            "the gap in the gaps search");

    public static string IdFromUrl(IPage page) => new Uri(page.Url).AbsolutePath.Split('/')[^1];
}
