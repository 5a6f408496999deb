using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grpc.Core;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Search.Load;
using SpecialtyTowns.Bench.Search.Reporting;
using SpecialtyTowns.Bench.Search.Setup;
using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Bench.Search;

/// <summary>
/// The whole run: synthetic data into towns_bench, Towns, the gateway and a hello-world
/// started on free local ports, the four measured phases, the report. Every process it
/// starts is stopped when it ends, however it ends; the infrastructure keeps running.
/// </summary>
internal sealed partial class SearchBenchmark(BenchOptions options, IReadOnlyList<string> args)
{
    private const string VirtualHost = "bench-search";
    private static readonly string Redis = $"127.0.0.1:{InfraPorts.Of("ST_REDIS_PORT", 56379)},abortConnect=false,defaultDatabase=9";
    private static readonly string RabbitMq = $"amqp://specialtytowns:specialtytowns@127.0.0.1:{InfraPorts.Of("ST_RABBIT_PORT", 55672)}/" + VirtualHost;
    private const int DistinctQueries = 1_000;
    private const int CheckedQueries = 100;
    private static readonly TimeSpan SliceLength = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    private readonly List<ChildProcess> _children = [];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (RepoPaths.Configuration != "Release")
        {
            await Console.Error.WriteLineAsync("bench-search: build and run it in Release (dotnet run -c Release ...): the services it starts are its Release build.");
            return 2;
        }

        try
        {
            var report = await MeasureAsync(cancellationToken);
            var markdown = MarkdownReport.Render(report);
            Console.WriteLine();
            Console.Write(markdown);
            if (options.ReportPath is { } path)
            {
                var full = Path.IsPathRooted(path) ? path : Path.Combine(RepoPaths.Root, path);
                await PerformanceDoc.WriteSectionAsync(full, MarkdownReport.Heading, markdown, CancellationToken.None);
                Log($"wrote the \"{MarkdownReport.Heading}\" section of {full}");
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("bench-search: stopped (Ctrl-C or time budget) before the end; no report written");
            return 130;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or IOException or Npgsql.NpgsqlException or HttpRequestException or RpcException)
        {
            await Console.Error.WriteLineAsync($"bench-search: {exception.Message}");
            return 1;
        }
        finally
        {
            Log("stopping the processes it started (infrastructure keeps running)");
            foreach (var child in _children)
            {
                await child.DisposeAsync();
            }
        }
    }

    private async Task<RunReport> MeasureAsync(CancellationToken cancellationToken)
    {
        var loadBefore = MachineInfo.LoadAverage();
        var machine = await MachineInfo.ReadAsync(RepoPaths.Root, cancellationToken);
        Log($"{machine.Cores} cores, {machine.CpuModel}, dotnet {machine.DotnetVersion}; load average {loadBefore}");
        Log("infrastructure (deploy/local/infra.sh start) and the RabbitMQ virtual host " + VirtualHost);
        await RunInfraAsync(["start"], cancellationToken);
        await RunInfraAsync(["vhost", VirtualHost], cancellationToken);

        using var keys = new BenchKeys();
        var servers = await StartServersAsync(keys, cancellationToken);
        var (queryFacts, open, max, windows) = await MeasurePhasesAsync(servers, keys, cancellationToken);
        var incidents = IncidentScanner.Scan(
            new Dictionary<string, string> { ["Towns"] = servers.Towns.LogPath, ["gateway"] = servers.Gateway.LogPath, ["gateway-uncached"] = servers.UncachedGateway.LogPath }, windows);
        foreach (var incident in incidents)
        {
            Log($"WARNING: {incident.Server} logged {incident.Lines} {incident.Dependency} failures from {incident.From:HH:mm:ss} to {incident.To:HH:mm:ss} ({string.Join(", ", incident.Phases)})");
        }

        var setup = servers.Setup with
        {
            TownsPeakRss = servers.Towns.Memory().PeakRss,
            GatewayPeakRss = Math.Max(servers.Gateway.Memory().PeakRss, servers.UncachedGateway.Memory().PeakRss),
            HelloPeakRss = servers.Hello.Memory().PeakRss,
        };
        return new RunReport(
            options, Command(), DateTimeOffset.UtcNow, machine, loadBefore, MachineInfo.LoadAverage(), setup, queryFacts,
            open[0], open[1], open[2], max[0], max[1], max[2])
        {
            Incidents = incidents,
        };
    }

    /// <summary>towns_bench with the real towns and the synthetic projects; then Towns (index rebuilt), the gateway and the hello-world.</summary>
    private async Task<Servers> StartServersAsync(BenchKeys keys, CancellationToken cancellationToken)
    {
        var townsDb = new BenchDatabase("towns_bench");
        var gatewayDb = new BenchDatabase("gateway_bench");
        await townsDb.RecreateAsync(
            $"SYNTHETIC benchmark data: {options.Projects} made-up projects (SyntheticProjectGenerator) in the real seed towns; bench/SpecialtyTowns.Bench.Search",
            cancellationToken);
        await gatewayDb.RecreateAsync("Benchmark gateway accounts; bench/SpecialtyTowns.Bench.Search", cancellationToken);

        var townsDll = ServiceBinaries.Snapshot("Towns", "SpecialtyTowns.Towns");
        var gatewayDll = ServiceBinaries.Snapshot("Gateway", "SpecialtyTowns.Gateway");
        var (townsGrpcPort, townsHttpPort, gatewayPort, helloPort, unusedPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next());
        var uncachedAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var townsGrpc = new Uri($"http://127.0.0.1:{townsGrpcPort}");
        var townsHealth = new Uri($"http://127.0.0.1:{townsHttpPort}/health/ready");
        var gatewayAddress = new Uri($"http://127.0.0.1:{gatewayPort}");
        var helloAddress = new Uri($"http://127.0.0.1:{helloPort}");
        var townsEnvironment = TownsEnvironment(keys, townsDb.Name, townsGrpc, townsHttpPort);

        // The service itself creates the schema (its migrations) and registers the real seed
        // towns, so towns_bench has exactly what it would have; only the projects are loaded here.
        var clock = Stopwatch.StartNew();
        Log("Towns starts once on the empty towns_bench: migrations and the real seed towns");
        var schema = Start("towns-schema", townsDll, new Dictionary<string, string>(townsEnvironment) { ["Seed__Path"] = RepoPaths.SeedFile });
        await schema.WaitUntilReadyAsync(townsHealth, TimeSpan.FromMinutes(3), cancellationToken);
        await schema.StopAsync(TimeSpan.FromSeconds(15));
        var schemaSeconds = clock.Elapsed.TotalSeconds;

        var seedTowns = SeedTownDocuments.FromJson(await File.ReadAllTextAsync(RepoPaths.SeedFile, cancellationToken));
        var townIds = await SyntheticDataLoader.TownIdsAsync(townsDb, cancellationToken);
        var missing = seedTowns.Where(t => !townIds.ContainsKey(t.Title.Trim())).Select(t => t.Title).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Towns did not register these seed towns: {string.Join(", ", missing)}; see {schema.LogPath}");
        }

        var placed = seedTowns.Select(t => t with { Id = townIds[t.Title.Trim()], TownId = townIds[t.Title.Trim()] }).ToList();
        clock.Restart();
        var projects = SyntheticProjectGenerator.Generate(placed, options.Projects);
        var generateSeconds = clock.Elapsed.TotalSeconds;
        Log($"generated {projects.Count:N0} SYNTHETIC projects over {placed.Count} real towns in {generateSeconds:0.0} s");

        clock.Restart();
        await SyntheticDataLoader.CopyProjectsAsync(townsDb, projects, cancellationToken);
        var copySeconds = clock.Elapsed.TotalSeconds;
        var stored = await SyntheticDataLoader.CountAsync(townsDb, "projects", cancellationToken);
        if (stored != projects.Count)
        {
            throw new InvalidOperationException($"towns_bench holds {stored} projects, not {projects.Count}");
        }

        Log($"copied {stored:N0} projects in {copySeconds:0.0} s");

        Log("Towns starts on towns_bench and rebuilds its index (ready waits for it)");
        var towns = Start("towns", townsDll, townsEnvironment);
        var townsReady = await towns.WaitUntilReadyAsync(townsHealth, TimeSpan.FromMinutes(6), cancellationToken);
        var townsRss = towns.Memory().Rss;
        var (indexed, rebuildMs) = RebuildFromLog(towns.LogPath);
        Log($"Towns ready after {townsReady.TotalSeconds:0.0} s; index rebuild {rebuildMs} ms for {indexed} documents; RSS {townsRss / 1048576} MiB");

        var gatewayEnvironment = GatewayEnvironment(keys, gatewayDb.Name, gatewayAddress, townsGrpc, unusedPort);
        var gateway = Start("gateway", gatewayDll, gatewayEnvironment);
        var hello = Track(ChildProcess.Start(
            "hello", Environment.ProcessPath!, ["--hello-server", "--port", helloPort.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string>(), RepoPaths.Root, LogPath("hello")));
        await gateway.WaitUntilReadyAsync(new Uri(gatewayAddress, "/health/ready"), TimeSpan.FromMinutes(3), cancellationToken);

        // A second replica, started once the first has migrated the database, with its cache turned off.
        var uncached = Start("gateway-uncached", gatewayDll, new Dictionary<string, string>(gatewayEnvironment)
        {
            ["Kestrel__Endpoints__Http__Url"] = uncachedAddress.ToString().TrimEnd('/'),
            ["Caching__Enabled"] = "false",
        });
        await uncached.WaitUntilReadyAsync(new Uri(uncachedAddress, "/health/ready"), TimeSpan.FromMinutes(3), cancellationToken);
        await hello.WaitUntilReadyAsync(helloAddress, TimeSpan.FromMinutes(1), cancellationToken);
        Log("gateway, gateway with its cache off and hello-world ready");

        var setup = new SetupFacts(
            placed.Count, projects.Count, generateSeconds, schemaSeconds, copySeconds, indexed, rebuildMs, townsReady.TotalSeconds, townsRss, 0, 0, 0);
        return new Servers(towns, gateway, uncached, hello, townsGrpc, gatewayAddress, uncachedAddress, helloAddress, setup);
    }

    private async Task<(QueryFacts Queries, List<PhaseResult> Open, List<PhaseResult> Max, List<(string Name, DateTimeOffset Start, DateTimeOffset End)> Windows)> MeasurePhasesAsync(
        Servers servers, BenchKeys keys, CancellationToken cancellationToken)
    {
        var queries = QueryMix.Generate(options.QuerySeed, DistinctQueries);
        var order = QueryMix.Order(options.QuerySeed, queries.Count, 1 << 16);
        var token = keys.AnonymousToken(options.TotalBudget + TimeSpan.FromMinutes(5));
        using var gatewayHttp = LoadTargets.HttpClient(servers.GatewayAddress);
        using var uncachedHttp = LoadTargets.HttpClient(servers.UncachedGatewayAddress);
        using var helloHttp = LoadTargets.HttpClient(servers.HelloAddress);
        using var channel = LoadTargets.GrpcChannel(servers.TownsGrpc);
        var grpcClient = new ProjectsService.ProjectsServiceClient(channel);
        var gatewayTarget = LoadTargets.Gateway(gatewayHttp, queries, order);
        var uncachedTarget = LoadTargets.GatewayUncached(uncachedHttp, queries, order);
        var townsTarget = LoadTargets.Towns(grpcClient, token, queries, order);
        var helloTarget = LoadTargets.Hello(helloHttp);

        var queryFacts = await CheckQueriesAsync(queries, gatewayHttp, grpcClient, token, cancellationToken);
        Log($"queries: median {queryFacts.MedianTotal} hits, {queryFacts.ZeroHitShare:P0} with none, {queryFacts.Mismatches} gateway/gRPC mismatches");
        foreach (var target in new[] { gatewayTarget, uncachedTarget, townsTarget, helloTarget })
        {
            await WarmUpAsync(target, cancellationToken);
        }

        // What the warm-up put in the gateway's cache expires before the gateway is measured.
        await Task.Delay(LoadTargets.GatewaySearchCacheTtl, cancellationToken);

        using var self = Process.GetCurrentProcess();
        var cpu = new CpuMeter(new Dictionary<string, Func<TimeSpan>>
        {
            ["bench"] = () =>
            {
                self.Refresh();
                return self.TotalProcessorTime;
            },
            ["towns"] = servers.Towns.CpuTime,
            // Both replicas: only one is measured at a time, and the other idles.
            ["gateway"] = () => servers.Gateway.CpuTime() + servers.UncachedGateway.CpuTime(),
            ["hello"] = servers.Hello.CpuTime,
        });

        var open = new List<PhaseResult>();
        var windows = new List<(string Name, DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var target in new[] { gatewayTarget, uncachedTarget, townsTarget })
        {
            Log($"open loop, {options.Rate} rps for {options.Seconds} s: {target.Name}");
            var started = DateTimeOffset.UtcNow;
            open.Add(await new OpenLoop(target, options.Rate, options.Seconds, cpu).RunAsync(cancellationToken));
            windows.Add(($"{target.Name}, open loop", started, DateTimeOffset.UtcNow));
            Log(Summary(open[^1]));
        }

        Log($"max throughput, {options.Concurrency} workers, gateway, gateway-uncached and hello-world in turn, {options.Seconds} s each");
        var maxStarted = DateTimeOffset.UtcNow;
        var max = await MaxThroughputAsync([gatewayTarget, uncachedTarget, helloTarget], cpu, cancellationToken);
        windows.Add(("max throughput", maxStarted, DateTimeOffset.UtcNow));
        max.ForEach(p => Log(Summary(p)));
        return (queryFacts, open, max, windows);
    }

    /// <summary>The targets take turns in slices of about 5 s, so that all see the same background load.</summary>
    private async Task<List<PhaseResult>> MaxThroughputAsync(IReadOnlyList<LoadTarget> targets, CpuMeter cpu, CancellationToken cancellationToken)
    {
        var slices = (int)Math.Ceiling(options.Seconds / SliceLength.TotalSeconds);
        var slice = TimeSpan.FromSeconds((double)options.Seconds / slices);
        var recorders = targets.Select(_ => new LatencyRecorder(4_000_000)).ToArray();
        var seconds = new double[targets.Count];
        var used = targets.Select(_ => CpuDelta.Zero).ToArray();
        foreach (var target in targets)
        {
            target.Cache?.ResetCounts();
        }

        for (var i = 0; i < slices; i++)
        {
            // Rotate which goes first, so that none always follows the same one.
            for (var k = 0; k < targets.Count; k++)
            {
                var t = (i + k) % targets.Count;
                var mark = cpu.Start();
                seconds[t] += await ClosedLoop.RunAsync(targets[t], options.Concurrency, slice, recorders[t], cancellationToken);
                used[t] = used[t].Plus(cpu.Since(mark));
            }
        }

        return targets.Select((target, t) => new PhaseResult(
            target.Name, null, options.Concurrency, seconds[t], recorders[t].Successes, recorders[t].Failures,
            recorders[t].Errors, recorders[t].Summarize(), null, used[t].ToReport())
        {
            CacheHitShare = target.Cache?.HitShare,
        }).ToList();
    }

    private async Task WarmUpAsync(LoadTarget target, CancellationToken cancellationToken)
    {
        var recorder = new LatencyRecorder(1_000_000);
        await ClosedLoop.RunAsync(target, Math.Min(8, options.Concurrency), WarmUp, recorder, cancellationToken);
        if (recorder.Successes == 0)
        {
            throw new InvalidOperationException(
                $"{target.Name} answered nothing during the warm-up: {string.Join(", ", recorder.Errors.Select(e => $"{e.Value} × {e.Key}"))}");
        }

        Log($"warmed up {target.Name}: {recorder.Successes:N0} requests, {recorder.Failures} errors");
    }

    /// <summary>Sends the first queries both ways: the two paths must agree, and the report says what the mix finds.</summary>
    private static async Task<QueryFacts> CheckQueriesAsync(
        IReadOnlyList<BenchQuery> queries, HttpClient gateway, ProjectsService.ProjectsServiceClient towns, string token, CancellationToken cancellationToken)
    {
        var headers = new Metadata { { "authorization", "Bearer " + token } };
        var totals = new List<int>();
        var mismatches = 0;
        foreach (var query in queries.Take(CheckedQueries))
        {
            using var response = await gateway.GetAsync(query.GatewayPathAndQuery(), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"gateway answered {(int)response.StatusCode} to {query.GatewayPathAndQuery()}: {body}");
            }

            using var json = JsonDocument.Parse(body);
            var viaGateway = json.RootElement.GetProperty("total").GetInt32();
            var direct = await towns.SearchProjectsAsync(query.GrpcRequest(), headers, DateTime.UtcNow.AddSeconds(10), cancellationToken);
            mismatches += viaGateway == direct.Total ? 0 : 1;
            totals.Add(direct.Total);
        }

        totals.Sort();
        return new QueryFacts(
            queries.Count,
            totals.Count,
            mismatches,
            totals.Count == 0 ? 0 : totals[totals.Count / 2],
            totals.Count == 0 ? 0 : totals.Count(t => t == 0) / (double)totals.Count,
            queries.Count(q => q.Category is not null || q.Industry is not null || q.AmountBand is not null) / (double)queries.Count,
            queries.Count(q => q.Page == 1) / (double)queries.Count);
    }

    private static Dictionary<string, string> TownsEnvironment(BenchKeys keys, string database, Uri grpc, int httpPort) => new()
    {
        ["ConnectionStrings__Postgres"] = BenchDatabase.Server,
        ["ConnectionStrings__Redis"] = Redis,
        ["ConnectionStrings__RabbitMq"] = RabbitMq,
        ["Database__Name"] = database,
        ["Kestrel__Endpoints__Grpc__Url"] = grpc.ToString().TrimEnd('/'),
        ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{httpPort}",
        ["Auth__PublicKeyPem"] = keys.PublicKeyPem,
    };

    private static Dictionary<string, string> GatewayEnvironment(BenchKeys keys, string database, Uri address, Uri townsGrpc, int unusedPort)
    {
        // Only Towns is running; the other services' addresses lead nowhere, never to a dev system.
        var nowhere = $"http://127.0.0.1:{unusedPort}";
        return new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = BenchDatabase.Server,
            ["ConnectionStrings__Redis"] = Redis,
            ["ConnectionStrings__RabbitMq"] = RabbitMq,
            ["Database__Name"] = database,
            ["Kestrel__Endpoints__Http__Url"] = address.ToString().TrimEnd('/'),
            ["Auth__PublicKeyPem"] = keys.PublicKeyPem,
            ["Auth__PrivateKeyPem"] = keys.PrivateKeyPem,
            ["Auth__BootstrapAdminEmail"] = "admin@bench.specialtytowns.local",
            ["Auth__BootstrapAdminPassword"] = "bench-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)) + "7a",
            ["RateLimiting__PerIp__PermitLimit"] = "1000000000",
            ["RateLimiting__PerUser__PermitLimit"] = "1000000000",
            ["Services__Towns__Grpc"] = townsGrpc.ToString().TrimEnd('/'),
            ["Services__Enterprises__Grpc"] = nowhere,
            ["Services__Leads__Grpc"] = nowhere,
            ["Services__Expo__Grpc"] = nowhere,
        };
    }

    private ChildProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment) =>
        Track(ChildProcess.Start(name, "dotnet", [dll], environment, Path.GetDirectoryName(dll)!, LogPath(name)));

    private ChildProcess Track(ChildProcess child)
    {
        _children.Add(child);
        Log($"started {child.Name} (pid {child.Id}, log {Path.GetRelativePath(RepoPaths.Root, child.LogPath)})");
        return child;
    }

    private static string LogPath(string name)
    {
        var path = Path.Combine(RepoPaths.WorkFolder, "logs", name + ".log");
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return path;
    }

    private static (int? Documents, long? Milliseconds) RebuildFromLog(string path)
    {
        var match = File.ReadLines(path).Select(l => RebuildLine().Match(l)).LastOrDefault(m => m.Success);
        return match is null
            ? (null, null)
            : (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static async Task RunInfraAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepoPaths.InfraScript);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"infra.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {(await output + await error).Trim()}\n"
                + "Another checkout's infrastructure may hold the ports (a CI clone runs its own on the same ones): see deploy/local/infra.sh status, "
                + "and run the benchmark when this checkout's infrastructure is up.");
        }
    }

    private string Command() =>
        "dotnet run -c Release --project bench/SpecialtyTowns.Bench.Search --" + string.Concat(args.Select(a => " " + a));

    private static string Summary(PhaseResult phase) =>
        $"{phase.Path}: p50 {phase.Latency.P50:0.00} ms, p95 {phase.Latency.P95:0.00} ms, p99 {phase.Latency.P99:0.00} ms, "
        + $"{phase.Throughput:0.0} rps, {phase.Failures} errors; CPU machine {phase.Cpu.SystemBusy:0.00} cores, others {phase.Cpu.Others:0.00}";

    private static void Log(string message) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");

    private sealed record Servers(
        ChildProcess Towns, ChildProcess Gateway, ChildProcess UncachedGateway, ChildProcess Hello, Uri TownsGrpc, Uri GatewayAddress, Uri UncachedGatewayAddress, Uri HelloAddress, SetupFacts Setup);

    [GeneratedRegex(@"Search index rebuilt with (\d+) documents in (\d+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex RebuildLine();
}
