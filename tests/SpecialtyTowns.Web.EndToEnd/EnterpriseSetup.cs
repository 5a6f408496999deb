using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>Towns, town and enterprise accounts, enterprises and chain nodes for the enterprise page tests, each with unique names.</summary>
public sealed class EnterpriseSetup(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);

    /// <summary>A new town and its approved account, signed in through the REST API.</summary>
    public async Task<Account> TownAsync(string prefix)
    {
        var townId = await _accounts.TownAsync(prefix);
        var email = AccountSetup.Email("town");
        var api = await _accounts.ApprovedTownAsync(email, townId);
        var town = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}");
        return new Account(townId, town.GetProperty("name").GetString()!, email, api);
    }

    /// <summary>An enterprise of the town, registered by the town through the REST API.</summary>
    public async Task<string> EnterpriseAsync(Account town, string name)
    {
        using var response = await town.Api.PostAsJsonAsync("/api/v1/enterprises", new
        {
            townId = town.Id,
            name,
            products = new[] { "法兰", "锻件" },
        });
        await EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The enterprise's own account, approved by the admin, signed in through the REST API.</summary>
    public async Task<Account> EnterpriseAccountAsync(string enterpriseId)
    {
        var email = AccountSetup.Email("ent");
        await _accounts.RegisterAsync(email, "enterprise", enterpriseId: enterpriseId);
        using var approval = await (await _accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{await _accounts.PendingIdAsync(email)}/approve", null);
        await EnsureAsync(approval);
        return new Account(enterpriseId, string.Empty, email, await fixture.ApiSignInAsync(email, AccountSetup.Password));
    }

    public Task<JsonElement> GetEnterpriseAsync(string id) => fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}");

    /// <summary>A page signed in as the account, in the given language and screen.</summary>
    public async Task<IPage> SignedInAsync(Account account, string culture, string screen)
    {
        var page = await fixture.NewPageAsync(culture, screen == "phone" ? Viewport.Phone : Viewport.Desktop);
        await WebFixture.SignInAsync(page, account.Email, AccountSetup.Password);
        return page;
    }

    /// <summary>Adds a node through the chain editor page the signed-in town sees.</summary>
    public static async Task AddNodeAsync(IPage page, string position, string name, string status, string? enterpriseId = null)
    {
        await page.GotoAsync("/workspace/chain");
        await page.Locator("#chain").FillAsync("法兰");
        await page.Locator("#position").SelectOptionAsync(position);
        await page.Locator("#status").SelectOptionAsync(status);
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#products").FillAsync(name + "产品");
        await page.Locator("#evidence").FillAsync("测试依据：" + name);
        if (enterpriseId is not null)
        {
            await page.Locator($"input[name=enterpriseId][value='{enterpriseId}']").CheckAsync();
        }

        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".ant-alert-success")).ToContainTextAsync(name);
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public sealed record Account(string Id, string Name, string Email, HttpClient Api);
}
