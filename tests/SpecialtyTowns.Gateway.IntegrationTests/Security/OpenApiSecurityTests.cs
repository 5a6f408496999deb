using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Gateway.Extensions;

namespace SpecialtyTowns.Gateway.IntegrationTests.Security;

[Collection(GatewayCollection.Name)]
public sealed partial class OpenApiSecurityTests(GatewayHost gateway)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task OpenApiDocument_WhenRead_DeclaresTheBearerScheme()
    {
        var document = await DocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty(GatewayOpenApiExtensions.BearerScheme);
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal("JWT", scheme.GetProperty("bearerFormat").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_WhenRead_EveryOperationNeedsTheBearerExactlyWhenItsEndpointIsNotAnonymous()
    {
        var document = await DocumentAsync();
        var anonymous = AnonymousByRoute();

        var operations = Operations(document).ToList();

        Assert.True(operations.Count >= 20, $"only {operations.Count} operations in the document");
        Assert.All(operations, operation =>
        {
            Assert.True(anonymous.TryGetValue(operation.Route, out var isAnonymous), $"{operation.Route} has no endpoint");
            Assert.True(isAnonymous == !operation.NeedsBearer, $"{operation.Route}: anonymous={isAnonymous}, bearer in document={operation.NeedsBearer}");
        });
    }

    [Theory]
    [InlineData("POST /api/v1/auth/login", false)]
    [InlineData("POST /api/v1/auth/register", false)]
    [InlineData("GET /api/v1/towns/{id}", false)]
    [InlineData("GET /api/v1/auth/me", true)]
    [InlineData("POST /api/v1/towns", true)]
    [InlineData("GET /api/v1/leads", true)]
    public async Task OpenApiDocument_WhenRead_MarksKnownRoutes(string route, bool needsBearer)
    {
        var document = await DocumentAsync();

        var operation = Assert.Single(Operations(document), o => o.Route == route);

        Assert.Equal(needsBearer, operation.NeedsBearer);
    }

    private static IEnumerable<(string Route, bool NeedsBearer)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(operation => Methods.Contains(operation.Name))
            .Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", NeedsBearer(operation.Value))));

    private static bool NeedsBearer(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
        && security.EnumerateArray().Any(requirement => requirement.TryGetProperty(GatewayOpenApiExtensions.BearerScheme, out _));

    private Dictionary<string, bool> AnonymousByRoute()
    {
        var endpoints = gateway.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var path = "/" + Constraint().Replace(endpoint.RoutePattern.RawText ?? string.Empty, "}").Trim('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                routes[$"{method} {path}"] = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            }
        }

        return routes;
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var http = gateway.Server.CreateClient();
        return JsonSerializer.Deserialize<JsonElement>(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
    }

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex Constraint();
}
