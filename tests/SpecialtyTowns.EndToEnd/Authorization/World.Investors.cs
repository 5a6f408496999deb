using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>The investors' organisations (A: the matrix investor's own, B: another investor's); investors need one before leads.</summary>
public sealed partial class World
{
    public string OrganisationA { get; private set; } = string.Empty;

    public string OrganisationB { get; private set; } = string.Empty;

    public string OrganisationAName { get; private set; } = string.Empty;

    public static object InvestorProfileBody(string name) => new
    {
        name,
        type = "company",
        industriesSought = new[] { "C33" },
        ticketMinYuan = 10_000_000m,
        ticketMaxYuan = 80_000_000m,
        consentToContact = true,
        contactName = "矩阵联系人 Matrix",
    };

    public static async Task<string> SaveOrganisationAsync(HttpClient investor, object body)
    {
        using var response = await investor.PutAsJsonAsync("/api/v1/investors/me", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT /api/v1/investors/me: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task SaveOrganisationsAsync(HttpClient investorA, HttpClient investorB)
    {
        OrganisationAName = "矩阵投资" + Guid.NewGuid().ToString("N")[..10] + "有限公司";
        OrganisationA = await SaveOrganisationAsync(investorA, InvestorProfileBody(OrganisationAName));
        OrganisationB = await SaveOrganisationAsync(investorB, InvestorProfileBody("矩阵投资B" + Guid.NewGuid().ToString("N")[..10]));
    }
}
