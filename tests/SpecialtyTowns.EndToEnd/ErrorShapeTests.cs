using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

/// <summary>Every refusal through the real gateway is ProblemDetails, and every 400 names the JSON fields at fault.</summary>
[Collection(SystemCollection.Name)]
public sealed class ErrorShapeTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("""{"townId":"not-a-guid","title":"TITLE","amountMinYuan":1,"amountMaxYuan":2}""", "townId")]
    [InlineData("""{"title":"TITLE","amountMinYuan":"lots","amountMaxYuan":2}""", "amountMinYuan")]
    [InlineData("""{"title":"TITLE","cooperationModes":[1,2]}""", "cooperationModes[0]")]
    [InlineData("""{"title":"TITLE","amountMinYuan":""", "amountMinYuan")]
    [InlineData("""["TITLE"]""", "$")]
    [InlineData("null", "$")]
    public async Task CreateProject_WhenBodyHasAJsonTypeOrShapeError_Returns400NamingTheJsonPathAndStoresNothing(string json, string field)
    {
        var title = $"类型错误-{Guid.NewGuid():N}";

        using var response = await PostJsonAsync(fixture.Admin, "/api/v1/projects", json.Replace("TITLE", title, StringComparison.Ordinal));

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
        Assert.Equal(0, await CountProjectsTitledAsync(title));
    }

    [Fact]
    public async Task UpdateTown_WhenANestedFieldHasTheWrongType_Returns400NamingItsArrayPath()
    {
        var townId = await fixture.RegisterTownAsync("类型");

        using var response = await PatchJsonAsync(fixture.Admin, $"/api/v1/towns/{townId}", """{"contacts":[{"name":"张三","email":5}]}""");

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty("contacts[0].email", out _), $"errors should name contacts[0].email: {errors}");
    }

    [Fact]
    public async Task CreateProject_WhenBodyIsInvalidUtf8_Returns400NamingAField()
    {
        using var content = new ByteArrayContent([.. "{\"title\":\""u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        using var response = await fixture.Admin.PostAsync("/api/v1/projects", content);

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty("title", out _) || errors.TryGetProperty("$", out _), $"errors should name title: {errors}");
    }

    [Fact]
    public async Task CreateProject_WhenBodyIsEmptyObject_NamesEveryMissingFieldAtOnce()
    {
        using var response = await PostJsonAsync(fixture.Admin, "/api/v1/projects", "{}");

        var errors = await AssertValidationProblemAsync(response);
        foreach (var field in new[] { "townId", "title", "description", "industry", "amountMinYuan", "amountMaxYuan", "cooperationModes" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
        }

        Assert.Equal("is required", errors.GetProperty("amountMinYuan")[0].GetString());
    }

    [Fact]
    public async Task UpdateTown_WhenAListItemIsInvalid_NamesItWithoutTheProtoWrapper()
    {
        var townId = await fixture.RegisterTownAsync("包装");

        using var response = await PatchJsonAsync(fixture.Admin, $"/api/v1/towns/{townId}", $$"""{"contacts":[{"name":"{{new string('名', 500)}}"}],"facts":["{{new string('事', 5000)}}"]}""");

        var errors = await AssertValidationProblemAsync(response);
        var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain(fields, f => f.Contains("values", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("contacts[0]", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("facts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/projects?pageSize=100000", "pageSize")]
    [InlineData("/api/v1/towns?pageSize=100000", "pageSize")]
    [InlineData("/api/v1/projects?pageSize=lots", "pageSize")]
    [InlineData("/api/v1/projects?amountBand=enormous", "amountBand")]
    public async Task Search_WhenAParameterIsInvalid_NamesTheQueryParameter(string url, string field)
    {
        using var response = await fixture.Gateway.GetAsync(url);

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name {field}: {errors}");
    }

    [Fact]
    public async Task Search_WhenQueryTextIsInvalid_NamesQNotText()
    {
        using var response = await fixture.Gateway.GetAsync($"/api/v1/projects?q={new string('法', 300)}");

        var errors = await AssertValidationProblemAsync(response);
        Assert.True(errors.TryGetProperty("q", out _), $"errors should name q: {errors}");
    }

    [Theory]
    [InlineData("GET", "/api/v1/towns/not-a-guid", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/projects/not-a-guid/history", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/no-such-route", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/v1/towns", HttpStatusCode.MethodNotAllowed)]
    public async Task Request_WhenNoRouteMatchesForAnAnonymousCaller_AnswersProblemDetailsNot401(string method, string url, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        using var response = await fixture.Gateway.SendAsync(request);

        await AssertProblemAsync(response, expected);
    }

    [Fact]
    public async Task GetTown_WhenIdMalformedForASignedInCaller_Answers404ProblemDetails()
    {
        using var response = await fixture.Admin.GetAsync("/api/v1/towns/not-a-guid");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Login_WhenContentTypeIsNotJson_Answers415ProblemDetails()
    {
        using var content = new StringContent("""{"email":"a@b.c","password":"x"}""", Encoding.UTF8, "text/plain");

        using var response = await fixture.Gateway.PostAsync("/api/v1/auth/login", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Request_WhenUriIsTooLong_Answers414ProblemDetails()
    {
        using var response = await fixture.Gateway.GetAsync($"/api/v1/projects?q={new string('a', 20_000)}");

        await AssertProblemAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CreateProject_WhenBodyTooLarge_Answers413ProblemDetailsAndStoresNothing(bool lengthKnown)
    {
        var title = $"过大-{Guid.NewGuid():N}";
        var json = JsonSerializer.Serialize(new { title, description = new string('x', 300 * 1024) });
        using HttpContent content = lengthKnown
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : JsonContent.Create(JsonDocument.Parse(json).RootElement);

        using var response = await fixture.Admin.PostAsync("/api/v1/projects", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountProjectsTitledAsync(title));
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("type", out _), body);
        return problem;
    }

    private static async Task<JsonElement> AssertValidationProblemAsync(HttpResponseMessage response) =>
        (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(url, content);
    }

    private static async Task<HttpResponseMessage> PatchJsonAsync(HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PatchAsync(url, content);
    }

    private Task<long> CountProjectsTitledAsync(string title) =>
        TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM projects WHERE title = $1", title);
}
