using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>Projects of the search page tests, made through the REST API by the admin, each test with its own words.</summary>
public sealed class SearchData(WebFixture fixture) : IDisposable
{
    private HttpClient? _admin;

    private const string ChineseDigits = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

    /// <summary>
    /// A Chinese word found only in this test's projects: random characters, as a Chinese query needs most of its
    /// character pairs to match and a shared prefix or a tail of Latin letters would not keep it apart.
    /// </summary>
    public static string UniqueChinese() => string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => ChineseDigits[Convert.ToInt32(c.ToString(), 16)]));

    /// <summary>An English word found only in this test's projects (letters only, so no analyzer splits it).</summary>
    public static string UniqueEnglish() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    public async Task<string> RegisterTownAsync()
    {
        var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync("/api/v1/towns", new
        {
            name = $"搜索页{Guid.NewGuid():N}"[..20],
            category = "advanced-manufacturing",
            mainIndustry = "铸造 casting",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Creates a project; published unless told otherwise, and then waited for in the REST search.</summary>
    public async Task<string> CreateProjectAsync(string townId, string title, string? titleEn, string cooperationMode, decimal minYuan, decimal maxYuan, bool publish = true)
    {
        var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync("/api/v1/projects", new
        {
            townId,
            title,
            titleEn,
            description = $"建设{title}生产线，配套热处理与机加工。",
            descriptionEn = titleEn is null ? null : $"A production line for {titleEn}.",
            industry = "C33",
            amountMinYuan = minYuan,
            amountMaxYuan = maxYuan,
            cooperationModes = new[] { cooperationMode },
        });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        if (publish)
        {
            using var moved = await admin.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "published" });
            moved.EnsureSuccessStatusCode();
            await Eventually.TrueAsync(async () => (await ApiSearchAsync(title)).Any(hit => hit == id), TimeSpan.FromSeconds(30), "the published project in search");
        }

        return id;
    }

    /// <summary>The ids the REST API's project search gives for a text, as an anonymous visitor.</summary>
    public async Task<IReadOnlyList<string>> ApiSearchAsync(string text)
    {
        var result = await fixture.Api.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q={Uri.EscapeDataString(text)}");
        return result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    public void Dispose() => _admin?.Dispose();

    private async Task<HttpClient> AdminAsync() =>
        _admin ??= await fixture.ApiSignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
}
