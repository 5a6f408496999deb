using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using SpecialtyTowns.Bench.Enterprises;
using SpecialtyTowns.Bench.Shared;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Clients;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Bench.ExpoRuns;

/// <summary>
/// An expo-sized event through the Expo service: SYNTHETIC investors, towns and enterprises register and are approved,
/// investors send requests that the other side accepts (each pair once), then the organizer runs the scheduler from the
/// database and publishes. Measured: the run from its start to the persisted draft (instance built, solved, stored)
/// against its time limit + 30 s, the quality (weight over the proven bound), and the publish.
/// </summary>
internal sealed class ExpoRunsBenchmark(IReadOnlyDictionary<string, int> options, IReadOnlyList<string> args, ServiceBench bench)
{
    private const string VirtualHost = "bench-expo-runs";

    public async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        using var key = RSA.Create(2048);
        var service = await bench.MigratedAsync("Expo", "SpecialtyTowns.Expo", "expo_runs_bench", VirtualHost, key.ExportSubjectPublicKeyInfoPem(), cancellationToken);
        var expo = bench.Start("expo", service.Dll, service.Environment);
        await expo.WaitUntilReadyAsync(service.Health, TimeSpan.FromMinutes(5), cancellationToken);
        var invoker = ExpoCalls.Invoker(new Uri(service.Grpc), key);

        var clock = Stopwatch.StartNew();
        var participants = options["--participants"];
        var scenario = await ExpoScenario.BuildAsync(invoker, new ExpoScenarioOptions
        {
            Slots = options["--slots"],
            Tables = options["--tables"],
            Investors = participants / 3,
            Towns = participants / 4,
            Enterprises = participants - (participants / 3) - (participants / 4),
            Interpreters = 0,
            Parallelism = options["--parallel"],
        }, cancellationToken);
        ServiceBench.Log($"event set up, {scenario.Participants.Count:N0} participants registered and approved in {clock.Elapsed.TotalSeconds:0.0} s");

        clock.Restart();
        var meetings = await AcceptAsync(scenario, invoker, cancellationToken);
        var requestSeconds = clock.Elapsed.TotalSeconds;
        ServiceBench.Log($"{meetings:N0} requests sent and accepted in {requestSeconds:0.0} s ({meetings / requestSeconds:0} per second)");

        var runs = scenario.Client<ExpoScheduleRuns.ExpoScheduleRunsClient>();
        var limit = options["--time-limit"];
        clock.Restart();
        var started = await runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scenario.EventId, TimeLimitSeconds = limit }, cancellationToken: cancellationToken);
        ScheduleRunView run;
        do
        {
            await Task.Delay(500, cancellationToken);
            run = await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = started.Id }, cancellationToken: cancellationToken);
        }
        while (run.Status is "queued" or "running");

        var runSeconds = clock.Elapsed.TotalSeconds;
        if (run.Status != "draft")
        {
            throw new InvalidOperationException($"the run ended {run.Status}: {run.Error}");
        }

        var draft = run.Draft;
        var stored = (run.FinishedAt.ToDateTimeOffset() - run.StartedAt.ToDateTimeOffset()).TotalSeconds;
        var solverSeconds = draft.Seconds;
        var firstPoint = run.Progress.Count > 0 ? run.Progress[0].ElapsedMs / 1000.0 : double.NaN;
        ServiceBench.Log($"run: draft stored {stored:0.0} s after its start (solver {solverSeconds:0.0} s, first progress at {firstPoint:0.0} s); {draft.Scheduled:N0}/{draft.Meetings:N0} placed, weight {draft.ScheduledWeight:N0} of bound {draft.UpperBound:N0}");

        clock.Restart();
        await runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = run.Id }, deadline: DateTime.UtcNow.AddMinutes(10), cancellationToken: cancellationToken);
        var publishSeconds = clock.Elapsed.TotalSeconds;
        var placed = await CountAsync(service.Database, "SELECT count(*) FROM meetings WHERE event_id = @e AND status = 'scheduled'", scenario.EventId, cancellationToken);
        ServiceBench.Log($"published in {publishSeconds:0.0} s: {placed:N0} meetings placed");

        var ratio = draft.UpperBound == 0 ? 1 : draft.ScheduledWeight / (double)draft.UpperBound;
        var within = stored <= limit + 30;
        return $"""
            ## Expo-sized event: scheduling from the database (SYNTHETIC participants and requests)

            | Step | Figure |
            |---|---|
            | participants (approved) | {scenario.Participants.Count:N0} |
            | accepted requests (meetings) | {meetings:N0}, built through the service in {requestSeconds:0} s |
            | slots × tables | {options["--slots"]} × {options["--tables"]} |
            | run start → draft persisted (instance built, solved, stored) | {stored:0.0} s (time limit {limit} s; limit + 30 s {(within ? "met" : "MISSED")}) |
            | solver | {solverSeconds:0.0} s |
            | placed | {draft.Scheduled:N0} of {draft.Meetings:N0}; unscheduled {draft.Unscheduled:N0}, each with its reason |
            | quality (weight / proven bound) | {ratio:0.0000} ({draft.ScheduledWeight:N0} / {draft.UpperBound:N0}{(draft.Optimal ? ", optimal" : string.Empty)}) |
            | publish (one transaction: places, notifications, events) | {publishSeconds:0.0} s, {placed:N0} meetings placed |

            Command: `dotnet run -c Release --project bench/SpecialtyTowns.Bench.ExpoRuns --{string.Concat(args.Select(a => " " + a))}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; load average at the end {ServiceBench.LoadAverage()}.

            """;
    }

    /// <summary>Each investor asks towns and enterprises in turn (no pair twice), the other side accepts; several investors at once.</summary>
    private async Task<int> AcceptAsync(ExpoScenario scenario, Func<TestCaller, Grpc.Core.CallInvoker> invoker, CancellationToken cancellationToken)
    {
        var callers = scenario.Participants.ToDictionary(p => p.Id, p => p.Caller);
        var investors = scenario.Investors.Select(p => p.Id).ToList();
        var others = scenario.Towns.Concat(scenario.Enterprises).Select(p => p.Id).ToList();
        var perInvestor = (options["--requests"] + investors.Count - 1) / investors.Count;
        var pairs = investors.SelectMany((investor, i) => Enumerable.Range(0, perInvestor).Select(k => (investor, others[((i * 7) + (k * 13)) % others.Count])))
            .Distinct().Take(options["--requests"]).ToList();
        var accepted = 0;
        await Parallel.ForEachAsync(
            pairs.Chunk(50),
            new ParallelOptions { MaxDegreeOfParallelism = options["--parallel"], CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                var ids = await ExpoMeetingRequests.AcceptedMeetingsAsync(id => new ExpoRequestsService.ExpoRequestsServiceClient(invoker(callers[id])), scenario.EventId, chunk, ct);
                Interlocked.Add(ref accepted, ids.Count);
            });
        return accepted;
    }

    private static async Task<long> CountAsync(string database, string sql, string eventId, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(BenchInfrastructure.Postgres) { Database = database }.ConnectionString;
        await using var source = NpgsqlDataSource.Create(connection);
        await using var command = source.CreateCommand(sql);
        command.Parameters.AddWithValue("e", Guid.Parse(eventId));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
