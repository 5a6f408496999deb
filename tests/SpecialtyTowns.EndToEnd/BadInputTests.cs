using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class BadInputTests(SystemFixture fixture)
{
    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { "empty name", string.Empty, "name" },
        { "oversized name", new string('镇', 101), "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task RegisterTown_WhenFieldInvalidOverGrpc_ReturnsInvalidArgumentNamingFieldAndStoresNothing(string invalidCase, string name, string field)
    {
        var industry = $"无效-{Guid.NewGuid():N}";
        var request = new RegisterTownRequest { Name = name, Category = TownCategory.AdvancedManufacturing, MainIndustry = industry };

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.TownsClient.RegisterTownAsync(request, fixture.AdminMetadata).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.True(violations.Any(v => v.Field == field), $"{invalidCase}: {field} should be named");
        Assert.Equal(0, await CountTownsWithIndustryAsync(industry));
    }

    [Fact]
    public async Task RegisterTown_WhenEnumValueUnknownOverGrpc_ReturnsInvalidArgumentNamingCategory()
    {
        var industry = $"无效-{Guid.NewGuid():N}";
        var request = new RegisterTownRequest { Name = "未知类别镇", Category = (TownCategory)42, Level = (TownLevel)7, MainIndustry = industry };

        var error = await Assert.ThrowsAsync<RpcException>(() => fixture.TownsClient.RegisterTownAsync(request, fixture.AdminMetadata).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("category", fields);
        Assert.Contains("level", fields);
        Assert.Equal(0, await CountTownsWithIndustryAsync(industry));
    }

    [Theory]
    [InlineData("empty name", "", "advanced-manufacturing", "name")]
    [InlineData("oversized name", "LONG", "advanced-manufacturing", "name")]
    [InlineData("unknown category", "某镇", "steel-and-iron", "category")]
    [InlineData("missing category", "某镇", "", "category")]
    public async Task RegisterTown_WhenFieldInvalidOverRest_ReturnsProblemDetails400NamingFieldAndStoresNothing(string invalidCase, string name, string category, string field)
    {
        var industry = $"无效-{Guid.NewGuid():N}";
        var body = new { name = name == "LONG" ? new string('x', 500) : name, category, mainIndustry = industry };

        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/towns", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{invalidCase}: errors should name {field}: {problem}");
        Assert.Equal(0, await CountTownsWithIndustryAsync(industry));
    }

    [Fact]
    public async Task RegisterTown_WhenBodyIsNotJson_ReturnsProblemDetails400()
    {
        using var content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await fixture.Admin.PostAsync("/api/v1/towns", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegisterTown_WhenBodyOversized_IsRefusedWith413()
    {
        var facts = Enumerable.Repeat(new string('事', 1000), 200).ToArray();

        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/towns", new { name = "大镇", category = "advanced-manufacturing", mainIndustry = "x", facts });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GetTown_WhenUnknown_Returns404ProblemDetails()
    {
        using var response = await fixture.Gateway.GetAsync($"/api/v1/towns/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NotFound", problem.GetProperty("grpcStatus").GetString());
    }

    private Task<long> CountTownsWithIndustryAsync(string industry) =>
        TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM towns WHERE main_industry = $1", industry);
}
