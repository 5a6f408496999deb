using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Two of everything (A is the actors' own, B somebody else's): towns, enterprises, leads,
/// events, chain nodes and gaps, and signed-in accounts of every role for the A side.
/// </summary>
public sealed partial class World(SystemFixture fixture)
{
    public const string Password = "matrix-password-1";

    public string TownA { get; private set; } = string.Empty;

    public string TownB { get; private set; } = string.Empty;

    public string EnterpriseA { get; private set; } = string.Empty;

    public string EnterpriseB { get; private set; } = string.Empty;

    public string LeadA { get; private set; } = string.Empty;

    public string LeadB { get; private set; } = string.Empty;

    public string EventA { get; private set; } = string.Empty;

    public string EventB { get; private set; } = string.Empty;

    public string ProjectA { get; private set; } = string.Empty;

    public string ProjectB { get; private set; } = string.Empty;

    public string InvestorEmail { get; private set; } = string.Empty;

    public Dictionary<string, Actor> Actors { get; } = [];

    public async Task BuildAsync()
    {
        TownA = await fixture.RegisterTownAsync("矩阵A");
        TownB = await fixture.RegisterTownAsync("矩阵B");
        await KnownToEnterprisesAsync(fixture, TownA);
        await KnownToEnterprisesAsync(fixture, TownB);
        EnterpriseA = await RegisterEnterpriseAsync(TownA);
        EnterpriseB = await RegisterEnterpriseAsync(TownB);

        InvestorEmail = Email("investor");
        var investorA = await SignUpAsync(InvestorEmail, new { role = "investor" }, approve: false);
        var investorB = await SignUpAsync(Email("investor-b"), new { role = "investor" }, approve: false);
        var townA = await SignUpAsync(Email("town"), new { role = "town", townId = TownA }, approve: true);
        var enterpriseA = await SignUpAsync(Email("enterprise"), new { role = "enterprise", enterpriseId = EnterpriseA }, approve: true);
        _enterpriseB = await SignUpAsync(Email("enterprise-b"), new { role = "enterprise", enterpriseId = EnterpriseB }, approve: true);
        var organizerA = await SignUpAsync(Email("organizer"), new { role = "organizer" }, approve: true);
        var organizerB = await SignUpAsync(Email("organizer-b"), new { role = "organizer" }, approve: true);

        Actors[Actor.Anonymous] = new Actor(Actor.Anonymous, fixture.Gateway);
        Actors[Actor.Admin] = new Actor(Actor.Admin, fixture.Admin);
        Actors[Actor.Investor] = new Actor(Actor.Investor, investorA);
        Actors[Actor.Town] = new Actor(Actor.Town, townA);
        Actors[Actor.Enterprise] = new Actor(Actor.Enterprise, enterpriseA);
        Actors[Actor.Organizer] = new Actor(Actor.Organizer, organizerA);

        foreach (var town in new[] { TownA, TownB })
        {
            await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{town}"), TimeSpan.FromSeconds(30), "the town in Leads");
            await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/expo/exhibitor-towns/{town}"), TimeSpan.FromSeconds(30), "the town in Expo");
        }

        await SaveOrganisationsAsync(investorA, investorB);
        LeadA = await CreateAsync(investorA, "/api/v1/leads", new { townId = TownA, message = "想投资法兰" });
        LeadB = await CreateAsync(investorB, "/api/v1/leads", new { townId = TownB, message = "别人的线索" });
        ProjectA = await PublishedProjectAsync(TownA);
        ProjectB = await PublishedProjectAsync(TownB);
        EventA = await CreateAsync(organizerA, "/api/v1/expo/events", EventBody());
        EventB = await CreateAsync(organizerB, "/api/v1/expo/events", EventBody());
        await BuildChainsAsync(enterpriseA);
    }

    /// <summary>A fresh enterprise account waiting for approval, for the approve and reject routes.</summary>
    public async Task<string> PendingEnterpriseAccountAsync(string enterpriseId)
    {
        var email = Email("pending");
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password, role = "enterprise", enterpriseId });
        response.EnsureSuccessStatusCode();
        return await AccountIdAsync(email);
    }

    /// <summary>A project of the town, created and published by the admin.</summary>
    public async Task<string> PublishedProjectAsync(string townId)
    {
        var id = await CreateAsync(fixture.Admin, "/api/v1/projects", ProjectBody(townId));
        using var published = await fixture.Admin.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "published" });
        published.EnsureSuccessStatusCode();
        return id;
    }

    public static object ProjectBody(string townId) => new
    {
        townId,
        title = "年产10万吨精密法兰智能制造项目 " + Guid.NewGuid().ToString("N")[..6],
        description = "依托定襄法兰产业集群，建设数控锻造与精密加工生产线。",
        industry = "C33",
        amountMinYuan = 50_000_000m,
        amountMaxYuan = 120_000_000m,
        cooperationModes = new[] { "joint-venture", "equity" },
    };

    public static object EventBody() => new { name = "山西特色专业镇投资贸易博览会 " + Guid.NewGuid().ToString("N")[..6], city = "大同 Datong", startsOn = InDays(120), endsOn = InDays(124) };

    /// <summary>A date as YYYY-MM-DD relative to today: events and deadlines must be plausible (within bounds of now).</summary>
    public static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Email(string role) => $"{role}-{Guid.NewGuid():N}@matrix.test";

    public async Task<string> RegisterEnterpriseAsync(string townId) =>
        await CreateAsync(fixture.Admin, "/api/v1/enterprises", new { name = "企业" + Guid.NewGuid().ToString("N")[..8], townId, products = new[] { "法兰" } });

    private static async Task<string> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> SignUpAsync(string email, object roleFields, bool approve)
    {
        var body = JsonSerializer.SerializeToElement(roleFields);
        var payload = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        payload["email"] = email;
        payload["password"] = Password;
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", payload);
        response.EnsureSuccessStatusCode();
        if (approve)
        {
            var id = await AccountIdAsync(email);
            using var approved = await fixture.Admin.PostAsync($"/api/v1/accounts/{id}/approve", null);
            approved.EnsureSuccessStatusCode();
        }

        return await fixture.SignInAsync(email, Password);
    }

    private async Task<string> AccountIdAsync(string email)
    {
        var pending = await fixture.Admin.GetFromJsonAsync<JsonElement>("/api/v1/accounts/pending");
        return pending.EnumerateArray().Single(a => a.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;
    }
}
