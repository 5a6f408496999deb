using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Shared;

namespace SpecialtyTowns.Bench.Calendar;

/// <summary>
/// The whole run: Expo migrates an empty database and starts with a gateway in front; the bench admin creates an
/// event, a SYNTHETIC agenda (one participant with <c>--meetings</c> scheduled meetings, each with another
/// participant, and a live calendar feed) is inserted, then the feed is fetched through the gateway's
/// <c>/api/v1/expo/calendar/{token}.ics</c> without credentials, like a calendar app: full answers (200, the
/// Expo service reads the agenda and writes it with Ical.Net every time) and revalidations (If-None-Match: 304).
/// Reported: latency percentiles of each, and the feed's size.
/// </summary>
internal sealed class CalendarBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-calendar";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var keys = new BenchKeys();
        var expoService = await bench.MigratedAsync("Expo", "SpecialtyTowns.Expo", "expo_calendar_bench", VirtualHost, keys.PublicKeyPem, cancellationToken);
        var gatewayDatabase = await ServiceBench.RecreateAsync(BenchInfrastructure.Postgres, "gateway_calendar_bench", cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = expoService.Database }.ConnectionString;
        var expo = bench.Start("expo", expoService.Dll, expoService.Environment);
        await expo.WaitUntilReadyAsync(expoService.Health, TimeSpan.FromMinutes(5), cancellationToken);
        using var admin = await bench.AdminGatewayAsync("gateway-calendar", VirtualHost, gatewayDatabase, keys, "Expo", expoService.Grpc, cancellationToken);

        var eventId = await CreateEventAsync(admin, cancellationToken);
        var token = await SyntheticAgenda.LoadAsync(connection, eventId, options["--meetings"], cancellationToken);
        ServiceBench.Log($"inserted an agenda of {options["--meetings"]} scheduled meetings with its feed (SYNTHETIC)");
        using var calendarApp = new HttpClient { BaseAddress = admin.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var path = $"/api/v1/expo/calendar/{token}.ics";

        var (etag, bytes, events) = await FirstAsync(calendarApp, path, cancellationToken);
        await MeasureAsync(calendarApp, path, null, options["--warmup"], cancellationToken);
        var full = await MeasureAsync(calendarApp, path, null, options["--requests"], cancellationToken);
        var revalidated = await MeasureAsync(calendarApp, path, etag, options["--requests"], cancellationToken);
        ServiceBench.Log($"full p95 {Percentile(full.Latencies, 0.95):0.0} ms, revalidated p95 {Percentile(revalidated.Latencies, 0.95):0.0} ms");
        return $"""

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.Calendar --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.
            Data (SYNTHETIC, inserted for the benchmark only): one participant with {options["--meetings"]} scheduled meetings (each with another participant, its own table and slot) and a live feed; the feed ({events} VEVENTs, {bytes:N0} bytes, one VTIMEZONE) fetched through the gateway without credentials by {options["--concurrency"]} client(s), after {options["--warmup"]} warm-up requests.

            | answer | requests | per s | p50 ms | p95 ms | p99 ms | max ms | statuses |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            {Row("200 (full feed)", full)}
            {Row("304 (If-None-Match)", revalidated)}

            """;
    }

    private static string Row(string name, Run run) =>
        $"| {name} | {run.Latencies.Count:N0} | {run.Latencies.Count / run.Seconds:0} | {Percentile(run.Latencies, 0.50):0.0} | {Percentile(run.Latencies, 0.95):0.0} | {Percentile(run.Latencies, 0.99):0.0} | {run.Latencies[^1]:0.0} | {run.Statuses} |";

    private async Task<Run> MeasureAsync(HttpClient client, string path, string? etag, int requests, CancellationToken cancellationToken)
    {
        var latencies = new double[requests];
        var statuses = new int[requests];
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, requests, new ParallelOptions { MaxDegreeOfParallelism = options["--concurrency"], CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            statuses[i] = (int)response.StatusCode;
        });
        var seconds = clock.Elapsed.TotalSeconds;
        return new Run([.. latencies.Order()], seconds, string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}: {g.Count()}")));
    }

    private static async Task<(string ETag, int Bytes, int Events)> FirstAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"the feed answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var events = text.Split("BEGIN:VEVENT").Length - 1;
        return (response.Headers.ETag?.ToString() ?? string.Empty, System.Text.Encoding.UTF8.GetByteCount(text), events);
    }

    private static async Task<Guid> CreateEventAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(200)).ToString("yyyy-MM-dd");
        using var response = await http.PostAsJsonAsync("/api/v1/expo/events", new { name = "【合成】日历订阅压测 SYNTHETIC", startsOn = day, endsOn = day, timeZone = "Asia/Shanghai" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return Guid.Parse(body.RootElement.GetProperty("id").GetString()!);
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private sealed record Run(IReadOnlyList<double> Latencies, double Seconds, string Statuses);
}
