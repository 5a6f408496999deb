using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Bench.Shared;

namespace SpecialtyTowns.Bench.CheckIns;

/// <summary>
/// The whole run: Expo migrates an empty database and starts with a gateway in front; the bench admin creates an
/// event with <c>--rate</c> x <c>--seconds</c> approved SYNTHETIC participants, connects a SignalR client to the
/// figures hub and watches the event, then checks every participant in through the check-in route at a steady
/// <c>--rate</c> a second (open loop: a request leaves on time whether or not the earlier ones were answered).
/// Reported: the check-ins' answers, the latency from a check-in's request to the first pushed figure that counts
/// it, and what was lost (the last pushed figure and the database must both count every check-in).
/// </summary>
internal sealed class CheckInsBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-checkins";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var keys = new BenchKeys();
        var started = await ExpoBehindGateway.StartAsync(bench, "checkins", VirtualHost, keys, cancellationToken);
        using var http = started.Admin;
        var connection = started.ExpoConnection;

        var total = options["--rate"] * options["--seconds"];
        await WarmUpAsync(http, connection, cancellationToken);
        var eventId = await CreateEventAsync(http, cancellationToken);
        var participants = await InsertParticipantsAsync(connection, eventId, total, cancellationToken);
        var pushes = new ConcurrentQueue<(long At, int CheckedIn)>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(http.BaseAddress!, "/hubs/expo-figures"), o => o.AccessTokenProvider = () => Task.FromResult(http.DefaultRequestHeaders.Authorization?.Parameter))
            .Build();
        hub.On<JsonElement>("figures", f => pushes.Enqueue((Stopwatch.GetTimestamp(), f.GetProperty("figures").GetProperty("checkedIn").GetInt32())));
        await hub.StartAsync(cancellationToken);
        await hub.InvokeAsync<JsonElement>("Watch", eventId, cancellationToken);
        ServiceBench.Log($"{total:N0} SYNTHETIC participants; checking them in at {options["--rate"]}/s");

        var (sent, answered, statuses, sending) = await CheckInAllAsync(http, eventId, participants, options["--rate"], cancellationToken);
        var deadline = Stopwatch.StartNew();
        while (LastCount(pushes) < total && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50, cancellationToken);
        }

        var stored = await CountAsync(connection, eventId, cancellationToken);
        var latencies = Latencies(sent, answered, [.. pushes]);
        var answers = statuses.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count():N0}");
        var answerMs = Enumerable.Range(0, total).Select(i => Stopwatch.GetElapsedTime(sent[i], answered[i]).TotalMilliseconds).Order().ToList();
        ServiceBench.Log($"{total} check-ins sent in {sending:0.0} s; {pushes.Count} pushes; last figure {LastCount(pushes)}; stored {stored}");
        return $"""

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.CheckIns --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.
            Data (SYNTHETIC, inserted for the benchmark only): after a warm-up of {options["--warmup"]} s at half the rate on another event, one event with {total:N0} approved participants; each checked in once through the check-in route (`POST /api/v1/expo/events/:eventId/check-ins`) at {options["--rate"]} a second (open loop) by the bench admin; one SignalR client on the figures hub watching the event.

            | check-ins | seconds sending | answers (status: count) | answer p50 ms | answer p99 ms | pushes received | request to figure p50 ms | p99 ms | max ms | last pushed figure | stored | lost |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            | {total:N0} | {sending:0.0} | {string.Join("; ", answers)} | {Percentile(answerMs, 0.50):0} | {Percentile(answerMs, 0.99):0} | {pushes.Count:N0} | {Percentile(latencies, 0.50):0} | {Percentile(latencies, 0.99):0} | {(latencies.Count == 0 ? 0 : latencies[^1]):0} | {LastCount(pushes):N0} | {stored:N0} | {total - Math.Min(LastCount(pushes), stored):N0} |

            """;
    }

    /// <summary>
    /// A fresh process answers its first requests slowly (JIT, EF Core's query compilation, connection pools), and an open
    /// loop turns that into a queue that the measured minute would inherit. The services first check in another event's
    /// participants at half the rate for <c>--warmup</c> seconds (0: none), then rest 5 s, as a deployed service has served
    /// traffic before the doors open; the measured event starts with nothing of the warm-up in its figures.
    /// </summary>
    private async Task WarmUpAsync(HttpClient http, string connection, CancellationToken cancellationToken)
    {
        var rate = Math.Max(1, options["--rate"] / 2);
        var count = rate * options["--warmup"];
        if (count == 0)
        {
            return;
        }

        var eventId = await CreateEventAsync(http, cancellationToken);
        var participants = await InsertParticipantsAsync(connection, eventId, count, cancellationToken);
        ServiceBench.Log($"warm-up: {count:N0} check-ins of another event at {rate}/s");
        var (_, _, statuses, seconds) = await CheckInAllAsync(http, eventId, participants, rate, cancellationToken);
        ServiceBench.Log($"warm-up done in {seconds:0.0} s ({statuses.Count(s => s == HttpStatusCode.Created):N0} created); resting 5 s");
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
    }

    /// <summary>Checks every participant in once at a steady <paramref name="rate"/> a second (open loop).</summary>
    private static async Task<(long[] Sent, long[] Answered, HttpStatusCode[] Statuses, double Seconds)> CheckInAllAsync(
        HttpClient http, Guid eventId, Guid[] participants, int rate, CancellationToken cancellationToken)
    {
        var total = participants.Length;
        var sent = new long[total];
        var answered = new long[total];
        var statuses = new HttpStatusCode[total];
        var requests = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            var index = i;
            requests.Add(Task.Run(
                async () =>
                {
                    sent[index] = Stopwatch.GetTimestamp();
                    using var response = await http.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/check-ins", new { participantId = participants[index].ToString(), method = "scan" }, cancellationToken);
                    answered[index] = Stopwatch.GetTimestamp();
                    statuses[index] = response.StatusCode;
                },
                cancellationToken));
        }

        await Task.WhenAll(requests);
        return (sent, answered, statuses, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// For each check-in, from its request to the first push counting at least as many check-ins as had been
    /// answered when it was (its place in the answer order): that push's count includes it, as every answered
    /// check-in is committed. A check-in never counted by any push is left out here and shows as lost.
    /// </summary>
    private static List<double> Latencies(long[] sent, long[] answered, (long At, int CheckedIn)[] pushes)
    {
        var order = Enumerable.Range(0, sent.Length).OrderBy(i => answered[i]).ToArray();
        var latencies = new List<double>(sent.Length);
        var next = 0;
        for (var rank = 1; rank <= order.Length; rank++)
        {
            while (next < pushes.Length && pushes[next].CheckedIn < rank)
            {
                next++;
            }

            if (next == pushes.Length)
            {
                break;
            }

            var index = order[rank - 1];
            latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(sent[index], pushes[next].At).TotalMilliseconds));
        }

        latencies.Sort();
        return latencies;
    }

    private static int LastCount(ConcurrentQueue<(long At, int CheckedIn)> pushes) => pushes.IsEmpty ? 0 : pushes.Max(p => p.CheckedIn);

    private static async Task<Guid> CreateEventAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        using var response = await http.PostAsJsonAsync("/api/v1/expo/events", new { name = "【合成】签到压测 SYNTHETIC", startsOn = day, endsOn = day, timeZone = "Asia/Shanghai" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return Guid.Parse(body.RootElement.GetProperty("id").GetString()!);
    }

    private static async Task<Guid[]> InsertParticipantsAsync(string connectionString, Guid eventId, int count, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at)
            select id, $2, 'investor', gen_random_uuid(), '【合成】参会方 SYNTHETIC ' || n, '{zh}', 1, 'approved', 'bench', now()
            from unnest($1::uuid[]) with ordinality as p(id, n)
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        command.Parameters.Add(new NpgsqlParameter { Value = eventId });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ids;
    }

    private static async Task<long> CountAsync(string connectionString, Guid eventId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select count(distinct participant_id) from venue_check_ins where event_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = eventId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
