using System.Net;
using System.Text.Json;
using SpecialtyTowns.Gateway.Api.EnterpriseSearch;
using SpecialtyTowns.Gateway.IntegrationTests.Security;

namespace SpecialtyTowns.Gateway.IntegrationTests.EnterpriseSearch;

/// <summary>
/// The enterprise and gap search and matching routes refuse query values of the wrong type before any service call,
/// with a ProblemDetails 400 naming the query parameter (values the service judges, such as an unknown chain
/// position, are named by the service's field violation: Enterprises' service tests).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class EnterpriseSearchRouteTests(GatewayHost gateway)
{
    [Theory]
    [InlineData("/api/v1/enterprises?q=法兰&page=abc", "page")]
    [InlineData("/api/v1/enterprises?pageSize=1.5", "pageSize")]
    [InlineData("/api/v1/chain-gaps?q=辅料&page=-x", "page")]
    [InlineData("/api/v1/chain-gaps?pageSize=twenty", "pageSize")]
    [InlineData("/api/v1/enterprises/suggestions?prefix=法&max=many", "max")]
    [InlineData("/api/v1/chain-gaps/7d3c1f0e-8d54-4c55-9a76-2f6f0f3b9a10/fillers?max=ten", "max")]
    [InlineData("/api/v1/enterprises/7d3c1f0e-8d54-4c55-9a76-2f6f0f3b9a10/gap-matches?max=1e3", "max")]
    public async Task Get_WhenAQueryValueHasTheWrongType_AnswersProblemDetailsNamingTheParameter(string path, string parameter)
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.ToString());
    }

    [Fact]
    public void CacheKey_WhenTwoRequestsDiffer_GivesDifferentKeys()
    {
        var a = EnterpriseSearchApi.ToRequest(new GapSearchParameters("法兰", null, null, "a|b", null, null, null, null, null));
        var b = EnterpriseSearchApi.ToRequest(new GapSearchParameters("法兰", null, null, "a", "b", null, null, null, null));

        var (keyA, keyB) = (EnterpriseSearchApi.CacheKey(a), EnterpriseSearchApi.CacheKey(b));

        Assert.NotEqual(keyA, keyB);
    }
}
