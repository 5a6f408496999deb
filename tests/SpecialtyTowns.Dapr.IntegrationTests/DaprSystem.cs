using System.Globalization;
using SpecialtyTowns.Dapr.IntegrationTests.StandIn;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Dapr.IntegrationTests;

/// <summary>
/// Towns and the gateway as processes in Dapr mode, each beside its own stand-in sidecar. Their
/// environment carries connection strings that lead nowhere and no signing keys: they work only
/// if they take the real ones from the sidecar's secret store, as they would in Kubernetes.
/// </summary>
public sealed class DaprSystem : IAsyncLifetime
{
    public const string AdminEmail = "admin@dapr.specialtytowns.test";
    private const string Suffix = "dapr";
    private readonly List<IAsyncDisposable> _running = [];

    public TestKeys Keys { get; } = new();

    public StandInSidecar TownsSidecar { get; private set; } = null!;

    public StandInSidecar GatewaySidecar { get; private set; } = null!;

    public Dictionary<string, IReadOnlyDictionary<string, string>> Environments { get; } = [];

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Infrastructure.StartAsync();
        await Infrastructure.CreateVirtualHostAsync(Suffix);
        await TestDatabase.RecreateAsync($"towns_{Suffix}");
        await TestDatabase.RecreateAsync($"gateway_{Suffix}");

        var store = new SecretStore("kubernetes-secrets", new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["specialtytowns-connections"] = new Dictionary<string, string>
            {
                ["postgres"] = Infrastructure.PostgresServer.Replace(";Pooling=false", string.Empty, StringComparison.Ordinal),
                ["redis"] = Infrastructure.Redis,
                ["rabbitmq"] = Infrastructure.RabbitMq(Suffix),
            },
            ["specialtytowns-token-public"] = new Dictionary<string, string> { ["jwt-public.pem"] = Keys.PublicKeyPem },
            ["specialtytowns-token-private"] = new Dictionary<string, string> { ["jwt-private.pem"] = Keys.PrivateKeyPem },
        });

        var townsGrpc = FreePort.Next();
        var townsHttp = FreePort.Next();
        var gatewayHttp = FreePort.Next();
        TownsSidecar = await StartAsync(StandInSidecar.StartAsync(store, new Dictionary<string, Uri>()));
        GatewaySidecar = await StartAsync(StandInSidecar.StartAsync(store, new Dictionary<string, Uri> { ["towns"] = new($"http://127.0.0.1:{townsGrpc}") }));

        var towns = Environment(TownsSidecar, "towns", "specialtytowns-token-public/jwt-public.pem", "Auth__PublicKeyPem");
        towns["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{townsGrpc}";
        towns["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{townsHttp}";
        towns["Seed__Path"] = Path.Combine(RepoPaths.Root, "data", "shanxi-specialty-towns.json");
        await StartAsync("towns", RepoPaths.ServiceDll("Towns", "SpecialtyTowns.Towns"), towns, townsHttp);

        var gateway = Environment(GatewaySidecar, "gateway", "specialtytowns-token-private/jwt-private.pem", "Auth__PrivateKeyPem");
        gateway["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{gatewayHttp}";
        gateway["Auth__BootstrapAdminEmail"] = AdminEmail;
        gateway["Auth__BootstrapAdminPassword"] = "dapr-admin-password-1";
        // Every read must reach the service, not a cached answer of an earlier run.
        gateway["Caching__Enabled"] = "false";
        await StartAsync("gateway", RepoPaths.ServiceDll("Gateway", "SpecialtyTowns.Gateway"), gateway, gatewayHttp);

        Gateway = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{gatewayHttp}") };
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        _running.Reverse();
        foreach (var running in _running)
        {
            await running.DisposeAsync();
        }

        Keys.Dispose();
    }

    /// <summary>What the injector and the manifests give a host: the sidecar's port and which settings come from the store.</summary>
    private Dictionary<string, string> Environment(StandInSidecar sidecar, string service, string signingKey, string signingKeySetting)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Name"] = $"{service}_{Suffix}",
            ["DAPR_GRPC_PORT"] = sidecar.GrpcPort.ToString(CultureInfo.InvariantCulture),
            ["Dapr__Secrets__ConnectionStrings__Postgres"] = "specialtytowns-connections/postgres",
            ["Dapr__Secrets__ConnectionStrings__Redis"] = "specialtytowns-connections/redis",
            ["Dapr__Secrets__ConnectionStrings__RabbitMq"] = "specialtytowns-connections/rabbitmq",
            [$"Dapr__Secrets__{signingKeySetting}"] = signingKey,
            // Unusable on purpose: the host is ready only with the store's values.
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=wrong",
            ["ConnectionStrings__Redis"] = "127.0.0.1:1,abortConnect=false",
            ["ConnectionStrings__RabbitMq"] = "amqp://nobody:wrong@127.0.0.1:1/",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        Environments[service] = environment;
        return environment;
    }

    private async Task StartAsync(string name, string dll, Dictionary<string, string> environment, int httpPort)
    {
        var process = new ServiceProcess(name, dll, environment, new Uri($"http://127.0.0.1:{httpPort}"));
        _running.Add(process);
        await process.StartAsync(TimeSpan.FromSeconds(120));
    }

    private async Task<StandInSidecar> StartAsync(Task<StandInSidecar> starting)
    {
        var sidecar = await starting;
        _running.Add(sidecar);
        return sidecar;
    }
}
