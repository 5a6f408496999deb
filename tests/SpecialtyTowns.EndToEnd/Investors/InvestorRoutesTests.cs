using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Enterprises;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Investors;

/// <summary>/api/v1/investors through the gateway, on the real services.</summary>
[Collection(SystemCollection.Name)]
public sealed class InvestorRoutesTests(SystemFixture fixture)
{
    private readonly EnterpriseWorld _world = new(fixture);

    [Fact]
    public async Task PutMe_WhenFirstSavedThenRead_RoundTripsYuanCompletenessAndWhatToAdd()
    {
        var investor = Investor();
        var name = UniqueName();
        var code = EnterpriseWorld.CreditCode();

        using var saved = await investor.PutAsJsonAsync("/api/v1/investors/me", new
        {
            name, type = "fund", unifiedSocialCreditCode = code, industriesSought = new[] { "C14" }, ticketMinYuan = 1_000_000.5m, ticketMaxYuan = 5_000_000m,
            landNeededSquareMetres = 20000.25m, languages = new[] { "zh", "en-GB" }, consentToContact = true, contactPhone = "13812345678",
        });
        var me = await investor.GetFromJsonAsync<JsonElement>("/api/v1/investors/me");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(name, me.GetProperty("name").GetString());
        Assert.Equal(code, me.GetProperty("unifiedSocialCreditCode").GetString());
        Assert.Equal(1_000_000.5m, me.GetProperty("ticketMinYuan").GetDecimal());
        Assert.Equal(5_000_000m, me.GetProperty("ticketMaxYuan").GetDecimal());
        Assert.Equal(20000.25m, me.GetProperty("landNeededSquareMetres").GetDecimal());
        Assert.Equal("13812345678", me.GetProperty("contactPhone").GetString());
        Assert.Equal(45, me.GetProperty("completeness").GetInt32());
        var missing = me.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("field").GetString()).ToList();
        Assert.Equal(["headquartersProvince", "description"], missing.Take(2));
        Assert.DoesNotContain("ticketMinYuan", missing);
        Assert.Equal(1, me.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task GetMe_BeforeTheFirstSave_Answers404()
    {
        using var response = await Investor().GetAsync("/api/v1/investors/me");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PutMe_WhenCreditCodeOrTicketInvalid_Answers400NamingTheJsonFieldsAndStoresNothing()
    {
        var investor = Investor();

        using var response = await investor.PutAsJsonAsync("/api/v1/investors/me", new
        {
            name = UniqueName(), unifiedSocialCreditCode = EnterpriseWorld.WithWrongCheckDigit(EnterpriseWorld.CreditCode()), ticketMinYuan = 1.005m, ticketMaxYuan = -3m,
        });
        using var after = await investor.GetAsync("/api/v1/investors/me");

        var problem = await EnterpriseWorld.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["ticketMaxYuan", "ticketMinYuan", "unifiedSocialCreditCode"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task PutMe_WhenExpectedVersionIsStale_Answers412WithTheRule()
    {
        var investor = Investor();
        var name = UniqueName();
        await SaveAsync(investor, new { name });
        await SaveAsync(investor, new { name, description = "第二版", expectedVersion = 1 });

        using var stale = await investor.PutAsJsonAsync("/api/v1/investors/me", new { name, description = "基于旧版", expectedVersion = 1 });

        var problem = await EnterpriseWorld.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task PutMe_WhenAnotherAccountOwnsTheName_Answers409NamingTheRule()
    {
        var name = UniqueName();
        await SaveAsync(Investor(), new { name });

        using var second = await Investor().PutAsJsonAsync("/api/v1/investors/me", new { name = " " + name.Replace("有限公司", "（有限公司）", StringComparison.Ordinal) });

        var problem = await EnterpriseWorld.ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("organisation-claimed", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task PutMe_WhenAccountsSaveTheSameNameConcurrently_ExactlyOneOrganisationExists()
    {
        var name = UniqueName();
        var investors = Enumerable.Range(0, 8).Select(_ => Investor()).ToList();

        var statuses = await Task.WhenAll(investors.Select(async investor =>
        {
            using var response = await investor.PutAsJsonAsync("/api/v1/investors/me", new { name, consentToContact = false });
            return response.StatusCode;
        }));
        var found = await _world.Town(Guid.NewGuid().ToString()).GetFromJsonAsync<JsonElement>("/api/v1/investors?q=" + Uri.EscapeDataString(name));

        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Single(found.GetProperty("organisations").EnumerateArray());
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("leads"), "SELECT count(*) FROM investor_organisations WHERE name = $1", name));
    }

    [Fact]
    public async Task GetById_WhenTownWithoutLeadOrAnotherInvestor_HidesContactsOrAnswers404()
    {
        var id = await SaveAsync(Investor(), new { name = UniqueName(), consentToContact = true, contactName = "李总", contactEmail = "li@example.com" });

        var asTown = await _world.Town(Guid.NewGuid().ToString()).GetFromJsonAsync<JsonElement>($"/api/v1/investors/{id}");
        var asAdmin = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/investors/{id}");
        using var asOther = await Investor().GetAsync($"/api/v1/investors/{id}");

        Assert.True(asTown.GetProperty("contactsHidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, asTown.GetProperty("contactEmail").ValueKind);
        Assert.Empty(asTown.GetProperty("missing").EnumerateArray());
        Assert.Equal("li@example.com", asAdmin.GetProperty("contactEmail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
    }

    private static string UniqueName() => $"端到端投资{Guid.NewGuid():N}有限公司";

    private static async Task<string> SaveAsync(HttpClient investor, object body) => await Authorization.World.SaveOrganisationAsync(investor, body);

    private HttpClient Investor() => fixture.NewClient(TestTokens.Mint(
        fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "investor" }));
}
