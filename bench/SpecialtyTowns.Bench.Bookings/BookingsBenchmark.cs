using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Shared;

namespace SpecialtyTowns.Bench.Bookings;

/// <summary>
/// The whole run: Expo migrates an empty database and starts with a gateway in front; the bench admin creates an
/// event, a SYNTHETIC event (tables, slots, participants, accepted meetings) is inserted, then every meeting is
/// booked into "the first free place" through the gateway by <c>--concurrency</c> clients at once, so bookings keep
/// racing for the same places. Reported: bookings answered per second, placed per second, the refusals by rule,
/// latency, and the double bookings counted in the database afterwards (must be 0).
/// </summary>
internal sealed class BookingsBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-bookings";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var keys = new BenchKeys();
        var expoService = await bench.MigratedAsync("Expo", "SpecialtyTowns.Expo", "expo_bookings_bench", VirtualHost, keys.PublicKeyPem, cancellationToken);
        var gatewayDatabase = await ServiceBench.RecreateAsync(BenchInfrastructure.Postgres, "gateway_bookings_bench", cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = expoService.Database, CommandTimeout = 600 }.ConnectionString;
        var expo = bench.Start("expo", expoService.Dll, expoService.Environment);
        await expo.WaitUntilReadyAsync(expoService.Health, TimeSpan.FromMinutes(5), cancellationToken);
        using var http = await bench.AdminGatewayAsync("gateway-bookings", VirtualHost, gatewayDatabase, keys, "Expo", expoService.Grpc, cancellationToken);

        var eventId = await CreateEventAsync(http, cancellationToken);
        var meetings = await SyntheticEvent.LoadAsync(connection, eventId, options["--participants"], options["--slots"], options["--tables"], options["--meetings"], cancellationToken);
        ServiceBench.Log($"inserted {options["--meetings"]:N0} accepted meetings of {options["--participants"]} participants, {options["--slots"]} slots x {options["--tables"]} tables (SYNTHETIC)");

        var outcomes = new ConcurrentBag<(HttpStatusCode Status, string? Rule, double Ms)>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(meetings, new ParallelOptions { MaxDegreeOfParallelism = options["--concurrency"], CancellationToken = cancellationToken }, async (meeting, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/bookings", new { meetingId = meeting }, ct);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var rule = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("rule", out var r) ? r.GetString() : null;
            outcomes.Add((response.StatusCode, rule, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var collisions = await SyntheticEvent.CollisionsAsync(connection, eventId, cancellationToken);
        var booked = outcomes.Count(o => o.Status == HttpStatusCode.OK);
        var refusals = outcomes.Where(o => o.Status != HttpStatusCode.OK).GroupBy(o => $"{(int)o.Status} {o.Rule}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}");
        var latencies = outcomes.Select(o => o.Ms).Order().ToList();
        ServiceBench.Log($"{outcomes.Count} bookings in {seconds:0.0} s; {booked} placed; collisions {collisions}");
        return $"""

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.Bookings --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.
            Data (SYNTHETIC, inserted for the benchmark only): {options["--participants"]} participants, {options["--slots"]} slots x {options["--tables"]} tables, {options["--meetings"]:N0} accepted meetings between random investor-town pairs; every meeting booked into the first free place through the gateway by {options["--concurrency"]} concurrent clients.

            | bookings | seconds | answered per s | placed | placed per s | refused (status rule: count) | p50 ms | p99 ms | double bookings in the database |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            | {outcomes.Count:N0} | {seconds:0.0} | {outcomes.Count / seconds:0} | {booked:N0} | {booked / seconds:0} | {string.Join("; ", refusals)} | {Percentile(latencies, 0.50):0} | {Percentile(latencies, 0.99):0} | {collisions} |

            """;
    }

    private static async Task<Guid> CreateEventAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(200)).ToString("yyyy-MM-dd");
        using var response = await http.PostAsJsonAsync("/api/v1/expo/events", new { name = "【合成】预约压测 SYNTHETIC", startsOn = day, endsOn = day, timeZone = "Asia/Shanghai" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return Guid.Parse(body.RootElement.GetProperty("id").GetString()!);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
