using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Shared;

namespace SpecialtyTowns.Bench.Recommendations;

/// <summary>
/// The whole run: Leads migrates an empty database, SYNTHETIC towns, organisations and projects are copied in, Leads
/// (building its match index from them) and a gateway start; one investor's list (rotating over the organisations,
/// as an admin naming the organisation) is measured in an open loop, then how long a project published on RabbitMQ
/// takes to head the list of an organisation planted to want it. Every process it starts is stopped when it ends.
/// </summary>
internal sealed class RecommendationsBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-recommendations";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var keys = new BenchKeys();
        var leadsService = await bench.MigratedAsync("Leads", "SpecialtyTowns.Leads", "leads_recs_bench", VirtualHost, keys.PublicKeyPem, cancellationToken);
        var gatewayDatabase = await ServiceBench.RecreateAsync(BenchInfrastructure.Postgres, "gateway_recs_bench", cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = leadsService.Database, CommandTimeout = 1200 }.ConnectionString;

        var clock = Stopwatch.StartNew();
        var catalogue = await SyntheticCatalogue.LoadAsync(connection, options["--towns"], options["--organisations"], options["--projects"], cancellationToken);
        var copySeconds = clock.Elapsed.TotalSeconds;
        ServiceBench.Log($"copied {options["--towns"]} towns, {options["--organisations"]:N0} organisations and {options["--projects"]:N0} projects (SYNTHETIC) in {copySeconds:0.0} s");

        clock.Restart();
        var leads = bench.Start("leads", leadsService.Dll, leadsService.Environment);
        await leads.WaitUntilReadyAsync(leadsService.Health, TimeSpan.FromMinutes(5), cancellationToken);
        var startSeconds = clock.Elapsed.TotalSeconds;
        using var http = await bench.AdminGatewayAsync("gateway-recommendations", VirtualHost, gatewayDatabase, keys, "Leads", leadsService.Grpc, cancellationToken);
        var paths = catalogue.Organisations.Select(o => $"/api/v1/recommendations/projects?organisationId={o}&limit=20").ToList();
        await EnsureAnswersAsync(http, paths[0], cancellationToken);
        ServiceBench.Log("warming up (10 s, not measured)");
        await OpenLoop.RunAsync("warm-up", http, paths, options["--rate"], 10, cancellationToken);
        var list = await OpenLoop.RunAsync("one investor's projects", http, paths.AsEnumerable().Reverse().ToList(), options["--rate"], options["--seconds"], cancellationToken);
        ServiceBench.Log($"one investor's list: p50 {list.P50:0.0} ms, p95 {list.P95:0.0} ms, p99 {list.P99:0.0} ms, {list.Failed} failed");

        var fresh = await new FreshnessProbe(http, connection, VirtualHost, catalogue.Towns[0]).MeasureAsync(options["--fresh"], cancellationToken);
        ServiceBench.Log($"published project heads the planted list after: p50 {fresh.P50:0} ms, max {fresh.Max:0} ms over {fresh.Rounds} rounds, {fresh.Missed} missed");

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"| one investor's projects (GET /api/v1/recommendations/projects, top 20) | {options["--rate"]} | {list.P50:0.0} | {list.P95:0.0} | {list.P99:0.0} | {list.Max:0} | {list.Failed} |");
        return $"""

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.Recommendations --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.
            Data (SYNTHETIC, bulk-copied with COPY for the benchmark only): {options["--towns"]} towns, {options["--organisations"]:N0} organisations, {options["--projects"]:N0} published projects; copy {copySeconds:0.0} s; Leads ready (index built) {startSeconds:0.0} s after its start.

            | Requests through the gateway (admin token naming the organisation) | rate (rps) | p50 ms | p95 ms | p99 ms | max ms | failed |
            | --- | --- | --- | --- | --- | --- | --- |
            {report}
            Freshness: a project published on RabbitMQ (ProjectPublished, as Towns publishes it) headed the list of an organisation planted to want it after p50 {fresh.P50:0} ms, max {fresh.Max:0} ms ({fresh.Rounds} rounds, {fresh.Missed} not within 10 s).

            """;
    }

    private static async Task EnsureAnswersAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

}
