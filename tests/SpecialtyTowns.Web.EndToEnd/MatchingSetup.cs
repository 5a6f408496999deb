using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The matching page tests' world: a new town (approved account, known to Leads) with a published project, and an
/// investor whose organisation seeks exactly what the project offers, down to a keyword found nowhere else, so the
/// pair ranks at the top of each other's lists in the shared system.
/// </summary>
public sealed class MatchingSetup(WebFixture fixture)
{
    private readonly AccountSetup _accounts = new(fixture);
    private readonly PipelineSetup _pipeline = new(fixture);

    public async Task<MatchingWorld> PlantAsync()
    {
        var keyword = SearchData.UniqueChinese();
        var (townId, townEmail) = await _pipeline.TownAccountAsync();
        using var town = await fixture.ApiSignInAsync(townEmail, AccountSetup.Password);
        var projectId = await PublishedProjectAsync(town, townId, keyword);
        var (investorEmail, organisationId, name) = await InvestorAsync(keyword);
        using var investor = await fixture.ApiSignInAsync(investorEmail, AccountSetup.Password);

        // Lists follow the change feed: wait until each side's list shows the other before any page is opened.
        await ListedAsync(investor, "/api/v1/recommendations/projects?limit=100", projectId, "the project in the investor's recommendations");
        await ListedAsync(town, $"/api/v1/recommendations/investors?projectId={projectId}&limit=100", organisationId, "the organisation among the project's investors");
        return new MatchingWorld(townId, townEmail, projectId, investorEmail, organisationId, name, keyword);
    }

    /// <summary>An enterprise account with an open gap it posted, and an organisation planted to fit the gap.</summary>
    public async Task<(string EnterpriseEmail, string GapId, string OrganisationId)> PlantGapAsync()
    {
        var keyword = SearchData.UniqueChinese();
        var (enterpriseEmail, _, _) = await new GapSetup(fixture).EnterpriseAccountAsync("补链", "法兰");
        using var enterprise = await fixture.ApiSignInAsync(enterpriseEmail, AccountSetup.Password);
        using var posted = await enterprise.PostAsJsonAsync("/api/v1/chain-gaps", new
        {
            title = $"缺少{keyword}法兰锻件",
            titleEn = "Flange forgings wanted",
            kind = "product",
            description = $"园区需要本地配套的{keyword}法兰锻件。",
            industryCode = "C33",
            keywords = new[] { keyword, "法兰" },
        });
        await EnsureAsync(posted);
        var gapId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (_, organisationId, _) = await InvestorAsync(keyword);
        await ListedAsync(enterprise, $"/api/v1/recommendations/investors?gapId={gapId}&limit=100", organisationId, "the organisation among the gap's investors");
        return (enterpriseEmail, gapId, organisationId);
    }

    private async Task<(string Email, string OrganisationId, string Name)> InvestorAsync(string keyword)
    {
        var email = AccountSetup.Email("match");
        await _accounts.RegisterAsync(email, "investor");
        using var investor = await fixture.ApiSignInAsync(email, AccountSetup.Password);
        var name = "锻造产业投资" + Guid.NewGuid().ToString("N")[..6];
        return (email, await OrganisationAsync(investor, name, keyword), name);
    }

    private static async Task<string> PublishedProjectAsync(HttpClient town, string townId, string keyword)
    {
        using var created = await town.PostAsJsonAsync("/api/v1/projects", new
        {
            townId,
            title = $"{keyword}精密法兰锻造项目",
            titleEn = "Precision flange forging",
            description = $"建设{keyword}与精密法兰锻造生产线，配套热处理。",
            descriptionEn = "A precision flange forging line with heat treatment.",
            industry = "C33",
            amountMinYuan = 80_000_000m,
            amountMaxYuan = 150_000_000m,
            cooperationModes = new[] { "joint-venture", "equity" },
        });
        await EnsureAsync(created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var published = await town.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "published" });
        await EnsureAsync(published);
        return id;
    }

    private static async Task<string> OrganisationAsync(HttpClient investor, string name, string keyword)
    {
        using var saved = await investor.PutAsJsonAsync("/api/v1/investors/me", new
        {
            name,
            nameEn = "Forging Industry Investors",
            type = "company",
            headquartersProvince = "山西省",
            headquartersCity = "太原市",
            headquartersCountry = "CN",
            industriesSought = new[] { "C33" },
            chainPositionsSought = new[] { "midstream" },
            ticketMinYuan = 50_000_000m,
            ticketMaxYuan = 200_000_000m,
            cooperationModes = new[] { "joint-venture" },
            preferredRegions = new[] { "山西" },
            languages = new[] { "zh", "en" },
            keywords = new[] { keyword, "法兰" },
            description = $"专注{keyword}与精密法兰锻造的产业投资机构",
            consentToContact = true,
            contactName = "推荐联系人",
            contactPhone = "13912345678",
            contactEmail = "match-contact@example.com",
        });
        await EnsureAsync(saved);
        return (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Task ListedAsync(HttpClient client, string path, string id, string what) =>
        Eventually.TrueAsync(
            async () =>
            {
                using var response = await client.GetAsync(path);
                return response.IsSuccessStatusCode
                    && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetString() == id);
            },
            TimeSpan.FromSeconds(30),
            what);

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
