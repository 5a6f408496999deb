using System.Net;
using System.Text.Json;

namespace SpecialtyTowns.Dapr.IntegrationTests;

/// <summary>The gateway and a service in Dapr mode, end to end, through stand-in sidecars.</summary>
public sealed class DaprModeTests(DaprSystem system) : IClassFixture<DaprSystem>
{
    [Fact]
    public async Task GetTown_WhenHostsRunUnderDapr_ReachesTownsThroughTheGatewaysSidecar()
    {
        using var search = await system.Gateway.GetAsync(new Uri("/api/v1/towns?pageSize=1", UriKind.Relative));
        var body = await search.Content.ReadAsStringAsync();
        Assert.True(search.StatusCode == HttpStatusCode.OK, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("items")[0].GetProperty("id").GetString();

        using var town = await system.Gateway.GetAsync(new Uri($"/api/v1/towns/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, town.StatusCode);
        Assert.Contains("towns/specialtytowns.towns.v1.TownsService/GetTown", system.GatewaySidecar.Record.Invocations);
        Assert.All(system.GatewaySidecar.Record.Invocations, invocation => Assert.StartsWith("towns/", invocation, StringComparison.Ordinal));
        Assert.Empty(system.TownsSidecar.Record.Invocations);
    }

    [Fact]
    public void Start_WhenHostsRunUnderDapr_TookConnectionStringsAndTheirKeyFromTheSecretStore()
    {
        var townsReads = system.TownsSidecar.Record.SecretReads.Distinct().Order(StringComparer.Ordinal);
        var gatewayReads = system.GatewaySidecar.Record.SecretReads.Distinct().Order(StringComparer.Ordinal);

        // Both hosts are ready (PostgreSQL, RabbitMQ and Redis reached) although their environment
        // leads nowhere and holds no key: what they use came from the store, each its own key only.
        Assert.Equal(["kubernetes-secrets/specialtytowns-connections", "kubernetes-secrets/specialtytowns-token-public"], townsReads);
        Assert.Equal(["kubernetes-secrets/specialtytowns-connections", "kubernetes-secrets/specialtytowns-token-private"], gatewayReads);
        Assert.All(system.Environments.Values, environment =>
        {
            Assert.Contains("Port=1;", environment["ConnectionStrings__Postgres"], StringComparison.Ordinal);
            Assert.DoesNotContain(environment.Keys, key => key.StartsWith("Auth__P", StringComparison.Ordinal));
        });
    }
}
