using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Enterprises;

/// <summary>Callers and fresh data for the enterprise, chain and gap route tests: each test makes its own towns.</summary>
public sealed class EnterpriseWorld(SystemFixture fixture)
{
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A unique code with a valid GB 32100-2015 check digit (codes are unique across enterprises).</summary>
    public static string CreditCode()
    {
        // 9 (registered by the market regulator), 1 (enterprise), 140900 (Xinzhou's division code), then the organisation code.
        var body = "91140900" + string.Concat(Enumerable.Range(0, 9).Select(_ => CodeCharacters[Random.Shared.Next(CodeCharacters.Length)]));
        var sum = body.Select((c, i) => CodeCharacters.IndexOf(c, StringComparison.Ordinal) * CodeWeights[i]).Sum();
        return body + CodeCharacters[(31 - (sum % 31)) % 31];
    }

    /// <summary>The same code with its check digit changed: every other character valid.</summary>
    public static string WithWrongCheckDigit(string code) => code[..17] + (code[17] == '0' ? '1' : '0');

    public HttpClient Town(string townId) => Client("town", ("town_id", townId));

    public HttpClient Enterprise(string enterpriseId) => Client("enterprise", ("enterprise_id", enterpriseId));

    /// <summary>A fresh town, once Enterprises has heard of it (it learns towns from Towns' events).</summary>
    public async Task<string> TownAsync(string prefix)
    {
        var townId = await fixture.RegisterTownAsync(prefix);
        await World.KnownToEnterprisesAsync(fixture, townId);
        return townId;
    }

    public async Task<(string TownId, string EnterpriseId)> TownWithEnterpriseAsync(string prefix)
    {
        var townId = await TownAsync(prefix);
        return (townId, await IdOfCreatedAsync(fixture.Admin, "/api/v1/enterprises", World.EnterpriseBody(townId)));
    }

    public Task<string> NodeAsync(string townId, string enterpriseId) =>
        IdOfCreatedAsync(fixture.Admin, $"/api/v1/towns/{townId}/chain/nodes", World.ChainNodeBody(enterpriseId));

    public static async Task<string> IdOfCreatedAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
        Assert.EndsWith(id, response.Headers.Location?.ToString(), StringComparison.Ordinal);
        return id;
    }

    /// <summary>A ProblemDetails answer with its status, and the JSON fields a 400 names.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var named = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(field, named);
    }

    public Task<long> CountAsync(string sql, params object[] parameters) =>
        TestDatabase.CountAsync(fixture.System.Database("enterprises"), sql, parameters);

    private HttpClient Client(string role, (string Name, string Value) claim) => fixture.NewClient(TestTokens.Mint(
        fixture.System.Keys.Rsa,
        new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = role, [claim.Name] = claim.Value }));
}
