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

namespace SpecialtyTowns.Bench.Leads;

/// <summary>
/// The whole run: Leads migrates an empty leads_bench, SYNTHETIC leads are copied in, Leads and a gateway start, and
/// the funnel of one town (rotating over all of them) and of the province are measured in open loops as an admin.
/// Every process it starts is stopped when it ends; the infrastructure (deploy/local/infra.sh) must be up.
/// </summary>
internal sealed class LeadsBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-leads";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var keys = new BenchKeys();
        var leadsService = await bench.MigratedAsync("Leads", "SpecialtyTowns.Leads", "leads_bench", VirtualHost, keys.PublicKeyPem, cancellationToken);
        var gatewayDatabase = await ServiceBench.RecreateAsync(BenchInfrastructure.Postgres, "gateway_leads_bench", cancellationToken);

        var clock = Stopwatch.StartNew();
        var connection = new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = leadsService.Database, CommandTimeout = 1200 }.ConnectionString;
        var towns = await BulkLoader.LoadAsync(connection, options["--towns"], options["--leads"], cancellationToken);
        var copySeconds = clock.Elapsed.TotalSeconds;
        var (history, deals, summaryRows) = await SizesAsync(connection, cancellationToken);
        ServiceBench.Log($"copied {options["--leads"]:N0} leads, {history:N0} stage changes, {deals:N0} deals (SYNTHETIC) and rebuilt the summary ({summaryRows:N0} rows) in {copySeconds:0.0} s");

        var leads = bench.Start("leads", leadsService.Dll, leadsService.Environment);
        await leads.WaitUntilReadyAsync(leadsService.Health, TimeSpan.FromMinutes(3), cancellationToken);
        using var http = await bench.AdminGatewayAsync("gateway-leads", VirtualHost, gatewayDatabase, keys, "Leads", leadsService.Grpc, cancellationToken);
        var townPaths = towns.Select(t => $"/api/v1/leads/funnel?townId={t}").ToList();
        string[] provincePaths = ["/api/v1/leads/funnel"];
        ServiceBench.Log("warming up (10 s of each, not measured)");
        await OpenLoop.RunAsync("warm-up", http, townPaths, options["--town-rate"], 10, cancellationToken);
        await OpenLoop.RunAsync("warm-up", http, provincePaths, options["--province-rate"], 10, cancellationToken);

        var report = new StringBuilder();
        foreach (var (name, paths, rate) in new[] { ("one town's funnel (rotating over all towns)", (IReadOnlyList<string>)townPaths, options["--town-rate"]), ("the province's funnel", provincePaths, options["--province-rate"]) })
        {
            var result = await OpenLoop.RunAsync(name, http, paths, rate, options["--seconds"], cancellationToken);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {rate} | {result.P50:0.0} | {result.P95:0.0} | {result.P99:0.0} | {result.Max:0} | {result.Failed} |");
            ServiceBench.Log($"{name}: p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 {result.P99:0.0} ms, {result.Failed} failed");
        }

        // The moves' warm-up uses leads of its own, so the measured moves start from the same first stage.
        const int WarmUpSeconds = 10;
        var moves = await LeadsAtFirstStageAsync(connection, options["--move-rate"] * (options["--seconds"] + WarmUpSeconds), cancellationToken);
        var warmUpMoves = options["--move-rate"] * WarmUpSeconds;
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        HttpRequestMessage Move(int i) => new(HttpMethod.Post, $"/api/v1/leads/{moves[i % moves.Count]}/stage")
        {
            Content = JsonContent.Create(new { stage = "contacted", nextAction = "电话回访 SYNTHETIC", nextActionDue = due }),
        };

        await OpenLoop.RunAsync("warm-up", http, Move, options["--move-rate"], WarmUpSeconds, cancellationToken);
        var moved = await OpenLoop.RunAsync("stage move", http, i => Move(warmUpMoves + i), options["--move-rate"], options["--seconds"], cancellationToken);
        report.AppendLine(CultureInfo.InvariantCulture, $"| stage move lead → contacted (POST /api/v1/leads/{{id}}/stage) | {options["--move-rate"]} | {moved.P50:0.0} | {moved.P95:0.0} | {moved.P99:0.0} | {moved.Max:0} | {moved.Failed} |");
        ServiceBench.Log($"stage moves: p50 {moved.P50:0.0} ms, p95 {moved.P95:0.0} ms, p99 {moved.P99:0.0} ms, {moved.Failed} failed");

        return $"""

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.Leads --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.
            Data (SYNTHETIC, bulk-copied with COPY for the benchmark only): {options["--leads"]:N0} leads over {options["--towns"]} towns in 11 cities, {history:N0} stage changes, {deals:N0} deals; copy and summary rebuild {copySeconds:0.0} s ({summaryRows:N0} summary rows).

            | Requests through the gateway (admin token) | rate (rps) | p50 ms | p95 ms | p99 ms | max ms | failed |
            | --- | --- | --- | --- | --- | --- | --- |
            {report}
            """;
    }

    private static async Task<List<Guid>> LeadsAtFirstStageAsync(string connectionString, int count, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id FROM leads WHERE stage = 'Lead' ORDER BY random() LIMIT $1", connection) { Parameters = { new() { Value = count } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private static async Task<(long History, long Deals, long SummaryRows)> SizesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM lead_stage_changes), (SELECT count(*) FROM deals), (SELECT count(*) FROM funnel_summary)", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

}
