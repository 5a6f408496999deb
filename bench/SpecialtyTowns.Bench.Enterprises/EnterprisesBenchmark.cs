using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Shared;

namespace SpecialtyTowns.Bench.Enterprises;

/// <summary>
/// The whole run: Enterprises migrates an empty enterprises_bench, SYNTHETIC data is copied in, Enterprises restarts
/// and rebuilds its index, a gateway with its cache off fronts it, then search and fillers are measured in open loops.
/// Every process it starts is stopped when it ends; the infrastructure (deploy/local/infra.sh) must be up.
/// </summary>
internal sealed partial class EnterprisesBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-enterprises";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var keys = new BenchKeys();
        // ST_BENCH_ENTERPRISES_DLL runs another build of Enterprises (say, a copy of main's) for a before/after pair.
        var service = await bench.MigratedAsync("Enterprises", "SpecialtyTowns.Enterprises", "enterprises_bench", VirtualHost, keys.PublicKeyPem, cancellationToken,
            Environment.GetEnvironmentVariable("ST_BENCH_ENTERPRISES_DLL"));
        var gatewayDatabase = await ServiceBench.RecreateAsync(BenchInfrastructure.Postgres, "gateway_enterprises_bench", cancellationToken);
        var gatewayDll = ServiceBinaries.Snapshot("Gateway", "SpecialtyTowns.Gateway");
        var gatewayPort = FreePort.Next();

        var clock = Stopwatch.StartNew();
        var connection = new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = service.Database, CommandTimeout = 600 }.ConnectionString;
        await BulkLoader.LoadAsync(connection, options["--towns"], options["--enterprises"], options["--gaps"], cancellationToken);
        var copySeconds = clock.Elapsed.TotalSeconds;
        ServiceBench.Log($"copied {options["--enterprises"]:N0} enterprises and {options["--gaps"]:N0} gaps (SYNTHETIC) in {copySeconds:0.0} s");

        var enterprises = bench.Start("enterprises", service.Dll, service.Environment);
        var ready = await enterprises.WaitUntilReadyAsync(service.Health, TimeSpan.FromMinutes(10), cancellationToken);
        var (documents, rebuildMs) = RebuildFromLog(enterprises.LogPath);
        var readyRss = enterprises.Memory().Rss;
        ServiceBench.Log($"Enterprises ready after {ready.TotalSeconds:0.0} s; index rebuilt with {documents} documents in {rebuildMs} ms; RSS {readyRss / 1048576} MiB");

        var gatewayAddress = new Uri($"http://127.0.0.1:{gatewayPort}");
        var environment = ServiceBench.GatewayEnvironment(gatewayAddress, VirtualHost, gatewayDatabase, keys, "bench-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)) + "7a", "Enterprises", service.Grpc);
        environment["Caching__Enabled"] = "false";
        var gateway = bench.Start("gateway-uncached", gatewayDll, environment);
        await gateway.WaitUntilReadyAsync(new Uri(gatewayAddress, "/health/ready"), TimeSpan.FromMinutes(3), cancellationToken);

        var openGaps = await IdsAsync(connection, "SELECT id FROM chain_gaps WHERE status = 'Open' ORDER BY id LIMIT 1000", cancellationToken);
        var someEnterprises = await IdsAsync(connection, "SELECT id FROM enterprises ORDER BY id LIMIT 1000", cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = gatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        var searches = BenchQueries.Searches(1);
        var loops = new[]
        {
            ("search (enterprises and gaps, zh and en)", searches, options["--rate"]),
            ("fillers (FindGapFillers)", BenchQueries.Fillers(openGaps), options["--filler-rate"]),
            ("gap-matches (FindGapsForEnterprise)", BenchQueries.GapMatches(someEnterprises), options["--filler-rate"]),
        }.Where(l => l.Item3 > 0).ToList();
        ServiceBench.Log("warming up (10 s of each, not measured)");
        foreach (var (_, paths, rate) in loops)
        {
            await OpenLoop.RunAsync("warm-up", http, paths, rate, 10, cancellationToken);
        }

        var report = new StringBuilder();
        foreach (var (name, paths, rate) in loops)
        {
            var cpuBefore = enterprises.CpuTime();
            var gatewayCpuBefore = gateway.CpuTime();
            var result = await OpenLoop.RunAsync(name, http, paths, rate, options["--seconds"], cancellationToken);
            // Per request sent: a request that failed its deadline cost the service its work too.
            var served = Math.Max(1, result.Sent);
            var cpuMs = (enterprises.CpuTime() - cpuBefore).TotalMilliseconds / served;
            var gatewayCpuMs = (gateway.CpuTime() - gatewayCpuBefore).TotalMilliseconds / served;
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {rate} | {result.P50:0.0} | {result.P95:0.0} | {result.P99:0.0} | {result.Max:0} | {result.Throughput:0.0} | {result.Failed} | {cpuMs:0.00} | {gatewayCpuMs:0.00} |");
            ServiceBench.Log($"{name}: p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 {result.P99:0.0} ms, {result.Throughput:0.0} rps, {result.Failed} failed; Enterprises CPU {cpuMs:0.00} ms a request");
        }

        var (_, peak) = enterprises.Memory();
        return $"""

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.Enterprises --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.
            Data (SYNTHETIC, bulk-copied with COPY for the benchmark only): {options["--enterprises"]:N0} enterprises, {options["--gaps"]:N0} gaps (5 % withdrawn, 10 % filled) in {options["--towns"]} towns; copy {copySeconds:0.0} s.
            Index: {documents:N0} documents rebuilt in {rebuildMs:N0} ms; Enterprises ready {ready.TotalSeconds:0.0} s after start; RSS {readyRss / 1048576} MiB when ready, peak {peak / 1048576} MiB.

            | Requests through the gateway, cache off | rate (rps) | p50 ms | p95 ms | p99 ms | max ms | served rps | failed | Enterprises CPU ms/request sent | gateway CPU ms/request sent |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            {report}
            """;
    }

    private static async Task<IReadOnlyList<Guid>> IdsAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static (int Documents, long Milliseconds) RebuildFromLog(string path)
    {
        var match = File.ReadLines(path).Select(l => RebuildLine().Match(l)).LastOrDefault(m => m.Success);
        return match is null ? (0, 0) : (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Search index rebuilt with (\d+) documents in (\d+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex RebuildLine();
}
