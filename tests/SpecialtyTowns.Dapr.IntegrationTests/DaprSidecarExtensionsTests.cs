using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.Dapr.IntegrationTests.StandIn;
using SpecialtyTowns.ServiceDefaults.Extensions;

namespace SpecialtyTowns.Dapr.IntegrationTests;

/// <summary>The hosts' Dapr wiring against a stand-in sidecar in the test process.</summary>
public sealed class DaprSidecarExtensionsTests : IAsyncLifetime
{
    private static readonly SecretStore Store = new("kubernetes-secrets", new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["specialtytowns-connections"] = new Dictionary<string, string> { ["postgres"] = "Host=db.from.store", ["redis"] = "redis.from.store:6379" },
        ["specialtytowns-token-public"] = new Dictionary<string, string> { ["jwt-public.pem"] = "-----BEGIN PUBLIC KEY-----from the store" },
    });

    private StandInSidecar _sidecar = null!;

    public async Task InitializeAsync() => _sidecar = await StandInSidecar.StartAsync(Store, new Dictionary<string, Uri>());

    public async Task DisposeAsync() => await _sidecar.DisposeAsync();

    [Fact]
    public void AddDaprSidecar_WhenSecretsAreMapped_TakesThemFromTheStoreOverTheEnvironment()
    {
        var builder = Builder(new()
        {
            ["Dapr:GrpcPort"] = Port,
            ["ConnectionStrings:Postgres"] = "Host=from.environment",
            ["Dapr:Secrets:ConnectionStrings:Postgres"] = "specialtytowns-connections/postgres",
            ["Dapr:Secrets:ConnectionStrings:Redis"] = "specialtytowns-connections/redis",
            ["Dapr:Secrets:Auth:PublicKeyPem"] = "specialtytowns-token-public/jwt-public.pem",
        });

        builder.AddDaprSidecar();

        Assert.Equal("Host=db.from.store", builder.Configuration.GetConnectionString("Postgres"));
        Assert.Equal("redis.from.store:6379", builder.Configuration.GetConnectionString("Redis"));
        Assert.Equal("-----BEGIN PUBLIC KEY-----from the store", builder.Configuration["Auth:PublicKeyPem"]);
        Assert.Equal(["kubernetes-secrets/specialtytowns-connections", "kubernetes-secrets/specialtytowns-token-public"], _sidecar.Record.SecretReads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddDaprSidecar_WhenOnlyTheSidecarVariableIsSet_RegistersTheDaprClientForIt()
    {
        var builder = Builder(new() { ["DAPR_GRPC_PORT"] = Port });

        builder.AddDaprSidecar();

        using var services = builder.Services.BuildServiceProvider();
        Assert.NotNull(services.GetService<DaprClient>());
        Assert.Empty(_sidecar.Record.SecretReads);
    }

    [Fact]
    public void AddDaprSidecar_WhenNoSidecarIsConfigured_ChangesNothing()
    {
        var builder = Builder(new()
        {
            ["ConnectionStrings:Postgres"] = "Host=from.environment",
            ["Dapr:Secrets:ConnectionStrings:Postgres"] = "specialtytowns-connections/postgres",
        });
        var sources = builder.Configuration.Sources.Count;

        builder.AddDaprSidecar();

        using var services = builder.Services.BuildServiceProvider();
        Assert.Null(services.GetService<DaprClient>());
        Assert.Equal(sources, builder.Configuration.Sources.Count);
        Assert.Equal("Host=from.environment", builder.Configuration.GetConnectionString("Postgres"));
        Assert.Empty(_sidecar.Record.SecretReads);
    }

    [Theory]
    [InlineData("specialtytowns-connections/rabbitmq", "has no key 'rabbitmq'")]
    [InlineData("specialtytowns-nothing/postgres", "specialtytowns-nothing")]
    [InlineData("no-slash", "'<secret name>/<key>'")]
    public void AddDaprSidecar_WhenAMappedSecretIsMissing_FailsNamingIt(string reference, string expected)
    {
        var builder = Builder(new() { ["Dapr:GrpcPort"] = Port, ["Dapr:Secrets:ConnectionStrings:RabbitMq"] = reference });

        var exception = Record.Exception(() => builder.AddDaprSidecar());

        Assert.NotNull(exception);
        Assert.Contains(expected, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddDaprSidecar_WhenTheStoreIsNamed_ReadsThatStore()
    {
        var builder = Builder(new()
        {
            ["Dapr:GrpcPort"] = Port,
            ["Dapr:SecretStore"] = "vault",
            ["Dapr:Secrets:ConnectionStrings:Postgres"] = "specialtytowns-connections/postgres",
        });

        var exception = Record.Exception(() => builder.AddDaprSidecar());

        Assert.Contains("failed finding secret store with key vault", exception?.ToString(), StringComparison.Ordinal);
        Assert.Equal(["vault/specialtytowns-connections"], _sidecar.Record.SecretReads);
    }

    private string Port => _sidecar.GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
