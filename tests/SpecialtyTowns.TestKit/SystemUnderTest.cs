namespace SpecialtyTowns.TestKit;

/// <summary>
/// The five services as separate processes on free ports, with throw-away databases and
/// their own RabbitMQ virtual host, against the real local servers.
/// </summary>
public sealed class SystemUnderTest : IAsyncDisposable
{
    private readonly Dictionary<string, ServiceProcess> _services = [];
    private readonly string _suffix;
    private readonly Dictionary<string, Dictionary<string, string>> _environments = [];
    private Dictionary<string, string> _gatewayEnvironment = [];

    public SystemUnderTest(string suffix)
    {
        _suffix = suffix;
        GatewayPort = FreePort.Next();
    }

    public const string AdminEmail = "admin@e2e.specialtytowns.test";
    public const string AdminPassword = "e2e-admin-password-1";

    public TestKeys Keys { get; } = new();

    public int GatewayPort { get; }

    public Uri GatewayAddress => new($"http://127.0.0.1:{GatewayPort}");

    public string VirtualHost => "e2e-" + _suffix;

    public Dictionary<string, Uri> GrpcAddresses { get; } = [];

    public ServiceProcess this[string name] => _services[name];

    public string Database(string service) => $"{service}_{_suffix}";

    public async Task StartAsync()
    {
        await Infrastructure.StartAsync();
        await Infrastructure.CreateVirtualHostAsync(VirtualHost);
        foreach (var service in new[] { "towns", "enterprises", "leads", "expo", "gateway" })
        {
            await TestDatabase.RecreateAsync(Database(service));
        }

        var services = new (string Name, string Folder, string Project)[]
        {
            ("towns", "Towns", "SpecialtyTowns.Towns"),
            ("enterprises", "Enterprises", "SpecialtyTowns.Enterprises"),
            ("leads", "Leads", "SpecialtyTowns.Leads"),
            ("expo", "Expo", "SpecialtyTowns.Expo"),
        };
        foreach (var (name, folder, project) in services)
        {
            var grpcPort = FreePort.Next();
            var httpPort = FreePort.Next();
            GrpcAddresses[name] = new Uri($"http://127.0.0.1:{grpcPort}");
            var environment = CommonEnvironment();
            environment["Database__Name"] = Database(name);
            environment["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
            environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{httpPort}";
            if (name == "towns")
            {
                environment["Seed__Path"] = Path.Combine(RepoPaths.Root, "data", "shanxi-specialty-towns.json");
                environment["Seed__ProfilesPath"] = Path.Combine(RepoPaths.Root, "data", "town-profiles.json");
            }

            if (name == "enterprises")
            {
                environment["Seed__EnterprisesPath"] = Path.Combine(RepoPaths.Root, "data", "enterprises.json");
                environment["Seed__ChainsPath"] = Path.Combine(RepoPaths.Root, "data", "chains.json");
            }

            _environments[name] = environment;
            _services[name] = new ServiceProcess(name, RepoPaths.ServiceDll(folder, project), environment, new Uri($"http://127.0.0.1:{httpPort}"));
        }

        var gateway = CommonEnvironment();
        gateway["Kestrel__Endpoints__Http__Url"] = GatewayAddress.ToString();
        gateway["Database__Name"] = Database("gateway");
        gateway["Auth__PrivateKeyPem"] = Keys.PrivateKeyPem;
        gateway["Auth__BootstrapAdminEmail"] = AdminEmail;
        gateway["Auth__BootstrapAdminPassword"] = AdminPassword;

        // Every test talks from 127.0.0.1; the rate-limit tests start a replica with tight limits.
        gateway["RateLimiting__PerIp__PermitLimit"] = "1000000";
        gateway["RateLimiting__PerUser__PermitLimit"] = "1000000";
        gateway["Auth__SignInThrottle__PerClient__FreeFailures"] = "1000000";

        // Long enough that a client throttled at a test's start is still throttled at its end.
        gateway["Auth__SignInThrottle__PerAccountAndClient__FirstDelay"] = "00:05:00";
        foreach (var (name, address) in GrpcAddresses)
        {
            gateway[$"Services__{char.ToUpperInvariant(name[0])}{name[1..]}__Grpc"] = address.ToString();
        }

        _gatewayEnvironment = gateway;
        _services["gateway"] = new ServiceProcess("gateway", RepoPaths.ServiceDll("Gateway", "SpecialtyTowns.Gateway"), gateway, GatewayAddress);
        // Towns publishes its seed towns as soon as it starts: the services that keep projections of
        // them must have bound their queues first, or a fresh broker drops those events.
        await Task.WhenAll(_services.Where(s => s.Key != "towns").Select(s => s.Value.StartAsync(TimeSpan.FromSeconds(180))));
        await _services["towns"].StartAsync(TimeSpan.FromSeconds(180));
    }

    /// <summary>
    /// Waits until the Enterprises service has recorded a town from Towns' event: it registers
    /// enterprises of towns it knows only, so a test registering one right after its town waits here.
    /// </summary>
    public Task EnterprisesKnowTownAsync(string townId) => Eventually.TrueAsync(
        async () => await TestDatabase.CountAsync(Database("enterprises"), "SELECT count(*) FROM towns WHERE town_id = $1", Guid.Parse(townId)) == 1,
        TimeSpan.FromSeconds(30),
        "the town in the Enterprises service");

    /// <summary>
    /// Starts another gateway replica on the same services, databases, broker and Redis,
    /// with some settings changed (tight rate limits, say). The caller disposes it.
    /// </summary>
    public async Task<ServiceProcess> StartGatewayReplicaAsync(IReadOnlyDictionary<string, string> overrides)
    {
        var port = FreePort.Next();
        var environment = new Dictionary<string, string>(_gatewayEnvironment);
        environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in overrides)
        {
            environment[key] = value;
        }

        var replica = new ServiceProcess("gateway-replica", RepoPaths.ServiceDll("Gateway", "SpecialtyTowns.Gateway"), environment, new Uri($"http://127.0.0.1:{port}"));
        await replica.StartAsync(TimeSpan.FromSeconds(90));
        return replica;
    }

    /// <summary>
    /// A second replica of a gRPC service (same database and broker, own ports), returned with
    /// its gRPC address. The caller disposes it.
    /// </summary>
    public async Task<(ServiceProcess Replica, Uri Grpc)> StartServiceReplicaAsync(string name)
    {
        var grpcPort = FreePort.Next();
        var httpPort = FreePort.Next();
        var environment = new Dictionary<string, string>(_environments[name])
        {
            ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{httpPort}",
        };
        var folder = char.ToUpperInvariant(name[0]) + name[1..];
        var replica = new ServiceProcess(name + "-replica", RepoPaths.ServiceDll(folder, "SpecialtyTowns." + folder), environment, new Uri($"http://127.0.0.1:{httpPort}"));
        await replica.StartAsync(TimeSpan.FromSeconds(90));
        return (replica, new Uri($"http://127.0.0.1:{grpcPort}"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services.Values)
        {
            await service.DisposeAsync();
        }

        Keys.Dispose();
    }

    private Dictionary<string, string> CommonEnvironment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["ConnectionStrings__Postgres"] = Infrastructure.PostgresServer.Replace(";Pooling=false", string.Empty, StringComparison.Ordinal),
        ["ConnectionStrings__Redis"] = Infrastructure.Redis,
        ["ConnectionStrings__RabbitMq"] = Infrastructure.RabbitMq(VirtualHost),
        ["Outbox__PollInterval"] = "00:00:00.500",
        ["Auth__PublicKeyPem"] = Keys.PublicKeyPem,
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__SpecialtyTowns"] = "Information",
    };
}
