using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.EndToEnd;

/// <summary>The text rule at both doors: the gateway's JSON routes and the services' gRPC.</summary>
[Collection(SystemCollection.Name)]
public sealed class TextBoundaryTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("admin\u0000@example.com", "secret", "email")]
    [InlineData("someone@example.com", "pass\u0000word", "password")]
    [InlineData("some\u202Eone@example.com", "secret", "email")]
    public async Task Login_WhenEmailOrPasswordHasForbiddenCharacters_Returns400NamingTheField(string email, string password, string field)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

        await AssertProblemNamesAsync(response, field);
    }

    [Fact]
    public async Task Register_WhenEmailHasNul_Returns400NamingEmailAndStoresNothing()
    {
        var local = $"nul-{Guid.NewGuid():N}";

        using var response = await fixture.Gateway.PostAsJsonAsync(
            "/api/v1/auth/register",
            new { email = local + "\u0000@example.com", password = "Correct-Horse-9", role = "investor" });

        await AssertProblemNamesAsync(response, "email");
        Assert.Equal(0, await TestDatabase.CountAsync(fixture.System.Database("gateway"), "SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" LIKE $1", local + "%"));
    }

    [Fact]
    public async Task CreateProject_WhenCooperationModesHoldNull_Returns400NamingTheItemAndStoresNothing()
    {
        var townId = await fixture.RegisterTownAsync("空值");
        var body = new
        {
            townId,
            title = "醋产业园招商",
            description = "引进醋饮料深加工企业",
            industry = "C14",
            amountMinYuan = 1_000_000m,
            amountMaxYuan = 5_000_000m,
            cooperationModes = new[] { "equity", null },
        };

        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/projects", body);

        await AssertProblemNamesAsync(response, "cooperationModes[1]");
        Assert.Equal(0, await TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(townId)));
    }

    [Theory]
    [InlineData("/api/v1/enterprises", """{"name":"东湖醋业","townId":"0198f4b2-7c1e-7d4a-9e3b-5a6c7d8e9f01","products":[null]}""", "products[0]")]
    [InlineData("/api/v1/towns", """{"name":"空值镇","category":"advanced-manufacturing","mainIndustry":"法兰","facts":["ok",null]}""", "facts[1]")]
    [InlineData("/api/v1/towns", """{"name":"控制\u001B字符镇","category":"advanced-manufacturing","mainIndustry":"法兰"}""", "name")]
    public async Task Post_WhenArrayHoldsNullOrTextIsForbidden_Returns400NamingTheField(string route, string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await fixture.Admin.PostAsync(route, content);

        await AssertProblemNamesAsync(response, field);
    }

    [Fact]
    public async Task RegisterTown_WhenNameHasNulOverGrpc_ReturnsInvalidArgumentNamingNameAndStoresNothing()
    {
        var industry = $"无效-{Guid.NewGuid():N}";
        var request = new RegisterTownRequest { Name = "零字符\u0000镇", Category = TownCategory.AdvancedManufacturing, MainIndustry = industry };

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.TownsClient.RegisterTownAsync(request, fixture.AdminMetadata).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations, v => v.Field == "name");
        Assert.Equal(0, await TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM towns WHERE main_industry = $1", industry));
    }

    private static async Task AssertProblemNamesAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"errors should name {field}: {body}");
    }
}
