using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpecialtyTowns.EndToEnd.Authorization;

[Collection(SystemCollection.Name)]
public sealed partial class AuthorizationMatrixTests(SystemFixture fixture)
{
    [Fact]
    public async Task EveryRoute_WhenPublished_HasAnAuthorizationRule()
    {
        var routes = await PublishedRoutesAsync();

        var rules = AuthorizationRules.For(fixture);

        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(rules.Keys));
        Assert.Empty(rules.Keys.Except(routes));
    }

    [Fact]
    public async Task EveryRoute_ForEveryRoleOwnerAndNonOwner_ReturnsExactStatus()
    {
        var world = new World(fixture);
        await world.BuildAsync();
        var rules = AuthorizationRules.For(fixture);
        var failures = new StringBuilder();
        var checkedCount = 0;

        foreach (var route in await PublishedRoutesAsync())
        {
            var rule = rules[route];
            foreach (var actorName in Actor.All)
            {
                foreach (var owned in new[] { true, false })
                {
                    var expected = rule.Expected(actorName, owned);
                    var actual = await SendAsync(route, rule, world, world.Actors[actorName], owned);
                    checkedCount++;
                    if (actual.Status != expected)
                    {
                        failures.AppendLine($"{route} as {actorName} ({(owned ? "owner" : "non-owner")}): expected {expected}, got {actual.Status} {actual.Body}");
                    }
                }
            }
        }

        Assert.True(failures.Length == 0, $"{failures}");
        Assert.True(checkedCount >= 200, $"only {checkedCount} combinations checked");
    }

    private static async Task<(int Status, string Body)> SendAsync(string route, RouteRule rule, World world, Actor actor, bool owned)
    {
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var path = template;
        var id = await rule.PathId(world, actor.Role, owned);
        if (PathParameter().IsMatch(template))
        {
            // Routes with two parameters ({id}/targets/{year}) take them space-separated, in order.
            var values = id.Split(' ');
            var next = 0;
            path = PathParameter().Replace(template, _ => values[Math.Min(next++, values.Length - 1)]);
        }
        else if (id.StartsWith('?'))
        {
            // Routes without path parameters may need a query string to be a valid call.
            path += id;
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        var body = await rule.Body(world, actor.Role, owned);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        else if (method is "POST" or "PATCH")
        {
            request.Content = new StringContent(string.Empty);
        }

        using var response = await actor.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 300 ? text[..300] : text);
    }

    private async Task<IReadOnlyList<string>> PublishedRoutesAsync()
    {
        var document = await fixture.Gateway.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
