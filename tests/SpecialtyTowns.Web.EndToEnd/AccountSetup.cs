using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>Accounts, towns and enterprises made through the REST API for the account page tests, each with unique names.</summary>
public sealed class AccountSetup(WebFixture fixture)
{
    public const string Password = "pages-password-1";

    private HttpClient? _admin;

    public static string Email(string who) => $"{who}-{Guid.NewGuid():N}"[..24] + "@example.com";

    public async Task<HttpClient> AdminAsync() => _admin ??= await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);

    public async Task<string> TownAsync(string prefix)
    {
        var id = await CreateAsync("/api/v1/towns", new { name = $"{prefix}{Guid.NewGuid():N}"[..20], category = "advanced-manufacturing", mainIndustry = "法兰 flanges" });
        await fixture.System.EnterprisesKnowTownAsync(id);
        return id;
    }

    public async Task<string> EnterpriseAsync(string townId) =>
        await CreateAsync("/api/v1/enterprises", new { name = "企业" + Guid.NewGuid().ToString("N")[..8], townId, products = new[] { "法兰" } });

    public async Task RegisterAsync(string email, string role, string? townId = null, string? enterpriseId = null)
    {
        using var response = await fixture.Api.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password, role, townId, enterpriseId });
        await EnsureAsync(response);
    }

    /// <summary>A town account approved by the admin, signed in through the REST API.</summary>
    public async Task<HttpClient> ApprovedTownAsync(string email, string townId)
    {
        await RegisterAsync(email, "town", townId);
        using var approval = await (await AdminAsync()).PostAsync($"/api/v1/accounts/{await PendingIdAsync(email)}/approve", null);
        await EnsureAsync(approval);
        return await fixture.ApiSignInAsync(email, Password);
    }

    /// <summary>The account's id while it awaits a decision (as the admin sees it), or null once decided.</summary>
    public async Task<string?> PendingIdAsync(string email)
    {
        var pending = await (await AdminAsync()).GetFromJsonAsync<JsonElement>("/api/v1/accounts/pending");
        return pending.EnumerateArray().Where(a => a.GetProperty("email").GetString() == email).Select(a => a.GetProperty("id").GetString()).SingleOrDefault();
    }

    private async Task<string> CreateAsync(string path, object body)
    {
        using var response = await (await AdminAsync()).PostAsJsonAsync(path, body);
        await EnsureAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
