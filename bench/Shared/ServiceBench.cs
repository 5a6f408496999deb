using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Search.Hosting;

namespace SpecialtyTowns.Bench.Shared;

/// <summary>
/// What the service benchmarks (Enterprises, Leads) share: their options, fresh databases, the processes they start
/// (all stopped however the run ends), a log on stderr and the machine's load average for the report.
/// </summary>
internal sealed class ServiceBench(string name) : IAsyncDisposable
{
    private readonly List<ChildProcess> _children = [];

    /// <summary>Reads "--name value" pairs over the defaults; null (after saying why) for an unknown option.</summary>
    public static async Task<Dictionary<string, int>?> OptionsAsync(Dictionary<string, int> defaults, string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!defaults.ContainsKey(args[i]))
            {
                await Console.Error.WriteLineAsync($"unknown option {args[i]}; options: {string.Join(", ", defaults.Keys)}");
                return null;
            }

            defaults[args[i]] = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        return defaults;
    }

    /// <summary>A benchmark's Main: its options over the defaults, Ctrl-C to stop, and the run with every process stopped at the end.</summary>
    public static async Task<int> MainAsync(
        string name,
        Dictionary<string, int> defaults,
        string[] args,
        Func<IReadOnlyDictionary<string, int>, ServiceBench, CancellationToken, Task<string>> measure)
    {
        var options = await OptionsAsync(defaults, args);
        if (options is null)
        {
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using var bench = new ServiceBench(name);
        return await bench.RunAsync(() => measure(options, bench, stop.Token));
    }

    /// <summary>
    /// A fresh, empty database migrated by a first start of the service (<paramref name="folder"/>/<paramref name="project"/>
    /// built in Release, or <paramref name="dllOverride"/>: another build for a before/after pair), on free ports, with
    /// RabbitMQ's <paramref name="virtualHost"/> and the run's public key.
    /// </summary>
    public async Task<ServiceUnderTest> MigratedAsync(string folder, string project, string database, string virtualHost, string publicKeyPem, CancellationToken cancellationToken, string? dllOverride = null)
    {
        await RecreateAsync(BenchInfrastructure.Postgres, database, cancellationToken);
        var dll = dllOverride is { Length: > 0 } ? dllOverride : ServiceBinaries.Snapshot(folder, project);
        var (grpcPort, httpPort) = (FreePort.Next(), FreePort.Next());
        var grpc = $"http://127.0.0.1:{grpcPort}";
        var health = new Uri($"http://127.0.0.1:{httpPort}/health/ready");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = BenchInfrastructure.Postgres,
            ["ConnectionStrings__Redis"] = BenchInfrastructure.Redis,
            ["ConnectionStrings__RabbitMq"] = BenchInfrastructure.RabbitMq(virtualHost),
            ["Database__Name"] = database,
            ["Kestrel__Endpoints__Grpc__Url"] = grpc,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{httpPort}",
            ["Auth__PublicKeyPem"] = publicKeyPem,
        };
        Log($"{folder} starts once on the empty {database}: its migrations");
        var schema = Start(folder.ToLowerInvariant() + "-schema", dll, environment);
        await schema.WaitUntilReadyAsync(health, TimeSpan.FromMinutes(3), cancellationToken);
        await schema.StopAsync(TimeSpan.FromSeconds(15));
        return new ServiceUnderTest(dll, database, grpc, health, environment);
    }

    /// <summary>Runs the measurement in Release only and prints its report; a failure of the system under test is exit code 1.</summary>
    public async Task<int> RunAsync(Func<Task<string>> measure)
    {
        if (RepoPaths.Configuration != "Release")
        {
            await Console.Error.WriteLineAsync($"{name}: run it in Release (dotnet run -c Release ...).");
            return 2;
        }

        try
        {
            Console.Write(await measure());
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or IOException or NpgsqlException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"{name}: {exception.Message}");
            return 1;
        }
    }

    public const string BenchAdminEmail = "admin@bench.specialtytowns.local";

    /// <summary>
    /// Starts a gateway (process <paramref name="process"/>) in front of one service under test, waits until it is
    /// ready and answers a client signed in as the bench admin.
    /// </summary>
    public async Task<HttpClient> AdminGatewayAsync(string process, string virtualHost, string database, BenchKeys keys, string service, string grpc, CancellationToken cancellationToken)
    {
        var dll = ServiceBinaries.Snapshot("Gateway", "SpecialtyTowns.Gateway");
        var password = "bench-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)) + "7a";
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var gateway = Start(process, dll, GatewayEnvironment(address, virtualHost, database, keys, password, service, grpc));
        await gateway.WaitUntilReadyAsync(new Uri(address, "/health/ready"), TimeSpan.FromMinutes(3), cancellationToken);
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await AdminTokenAsync(http, password, cancellationToken));
        return http;
    }

    /// <summary>The bench admin's access token from the gateway's login.</summary>
    private static async Task<string> AdminTokenAsync(HttpClient http, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = BenchAdminEmail, password }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("accessToken").GetString() ?? throw new InvalidOperationException("The login answered no token");
    }

    public static async Task<string> RecreateAsync(string connectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", $"CREATE DATABASE \"{database}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return database;
    }

    /// <summary>
    /// A gateway in front of one service under test (<paramref name="service"/> at <paramref name="grpc"/>): the other
    /// services point at a closed port, rate limits are out of reach, and its admin signs in with <paramref name="adminPassword"/>.
    /// </summary>
    public static Dictionary<string, string> GatewayEnvironment(Uri address, string virtualHost, string database, BenchKeys keys, string adminPassword, string service, string grpc)
    {
        var nowhere = $"http://127.0.0.1:{FreePort.Next()}";
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = BenchInfrastructure.Postgres,
            ["ConnectionStrings__Redis"] = BenchInfrastructure.Redis,
            ["ConnectionStrings__RabbitMq"] = BenchInfrastructure.RabbitMq(virtualHost),
            ["Database__Name"] = database,
            ["Kestrel__Endpoints__Http__Url"] = address.ToString().TrimEnd('/'),
            ["Auth__PublicKeyPem"] = keys.PublicKeyPem,
            ["Auth__PrivateKeyPem"] = keys.PrivateKeyPem,
            ["Auth__BootstrapAdminEmail"] = BenchAdminEmail,
            ["Auth__BootstrapAdminPassword"] = adminPassword,
            ["RateLimiting__PerIp__PermitLimit"] = "1000000000",
            ["RateLimiting__PerUser__PermitLimit"] = "1000000000",
        };
        foreach (var other in new[] { "Towns", "Enterprises", "Leads", "Expo" })
        {
            environment[$"Services__{other}__Grpc"] = other == service ? grpc : nowhere;
        }

        return environment;
    }

    public ChildProcess Start(string process, string dll, IReadOnlyDictionary<string, string> environment)
    {
        var log = Path.Combine(RepoPaths.WorkFolder, "logs", process + ".log");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.Delete(log);
        var child = ChildProcess.Start(process, "dotnet", [dll], environment, Path.GetDirectoryName(dll)!, log);
        _children.Add(child);
        Log($"started {process} (pid {child.Id}, log {log})");
        return child;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static void Log(string message) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");

    public async ValueTask DisposeAsync()
    {
        foreach (var child in _children)
        {
            await child.DisposeAsync();
        }
    }
}
