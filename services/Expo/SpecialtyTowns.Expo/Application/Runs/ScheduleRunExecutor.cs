using Microsoft.Extensions.Options;
using SpecialtyTowns.Expo.Domain.Scheduling;
using SpecialtyTowns.Expo.Scheduling;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// Runs one claimed attempt: builds the instance from the database, solves it while a heartbeat writes the
/// progress every <see cref="ScheduleRunOptions.HeartbeatInterval"/>, and stores the draft (or the failure).
/// If the attempt loses its run (recovered as stale elsewhere) the search stops and nothing is stored; if the
/// service stops, the run goes back to the queue.
/// </summary>
public sealed class ScheduleRunExecutor(IServiceScopeFactory scopes, IOptions<ScheduleRunOptions> options, TimeProvider clock, ILogger<ScheduleRunExecutor> logger)
{
    public async Task ExecuteAsync(ScheduleRun run, CancellationToken stoppingToken)
    {
        var attempt = run.Attempts;
        var recorder = new ProgressRecorder();
        using var solving = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var finished = new CancellationTokenSource();
        var heartbeat = BeatAsync(run.Id, attempt, recorder, solving, finished.Token);
        Action<ScheduleRun> outcome;
        try
        {
            var draft = await SolveAsync(run, recorder, solving.Token);
            outcome = r => r.Finish(RunJson.Write(draft), RunJson.Write(recorder.Snapshot()), clock.GetUtcNow());
            logger.LogInformation("Schedule run {RunId} placed {Scheduled} of {Meetings} meetings", run.Id, draft.Schedule.Stats.ScheduledMeetings, draft.Meetings);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await finished.CancelAsync();
            await heartbeat;
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ScheduleRunClaims>().ReleaseAsync(run.Id, attempt, CancellationToken.None);
            logger.LogInformation("Schedule run {RunId} queued again: the service is stopping", run.Id);
            return;
        }
        catch (OperationCanceledException)
        {
            // The heartbeat found the run recovered elsewhere (this attempt was taken for dead): store nothing.
            await finished.CancelAsync();
            await heartbeat;
            logger.LogWarning("Schedule run {RunId} attempt {Attempt} lost its run; its result is dropped", run.Id, attempt);
            return;
        }
        catch (InstanceException exception)
        {
            outcome = r => r.Fail(exception.Message, clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Schedule run {RunId} failed", run.Id);
            outcome = r => r.Fail("internal error while scheduling: " + exception.GetType().Name, clock.GetUtcNow());
        }

        await finished.CancelAsync();
        await heartbeat;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<ScheduleRunClaims>().CompleteAsync(run.Id, attempt, outcome, CancellationToken.None))
            {
                logger.LogWarning("Schedule run {RunId} attempt {Attempt} lost its run; its result is dropped", run.Id, attempt);
            }
        }
    }

    private async Task<ScheduleDraftData> SolveAsync(ScheduleRun run, ProgressRecorder recorder, CancellationToken cancellationToken)
    {
        ScheduleInput input;
        await using (var scope = scopes.CreateAsyncScope())
        {
            input = await scope.ServiceProvider.GetRequiredService<ScheduleInputBuilder>().BuildAsync(run.EventId, cancellationToken);
        }

        var scheduler = new MeetingScheduler(new SchedulerOptions { TimeLimit = TimeSpan.FromSeconds(run.TimeLimitSeconds), Progress = recorder });
        var schedule = await scheduler.SolveAsync(input.Instance, input.Previous, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new ScheduleDraftData
        {
            Fingerprint = input.Fingerprint,
            Meetings = input.Instance.Meetings.Count + input.Excluded.Count,
            Schedule = schedule,
            Excluded = input.Excluded,
            PreviouslyPlaced = [.. input.Previous.Assignments.Select(a => a.Meeting)],
        };
    }

    /// <summary>Writes progress and the heartbeat until the attempt ends; stops the search when the run is no longer this attempt's.</summary>
    private async Task BeatAsync(Guid runId, int attempt, ProgressRecorder recorder, CancellationTokenSource solving, CancellationToken finished)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(finished))
            {
                recorder.Tick();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var claims = scope.ServiceProvider.GetRequiredService<ScheduleRunClaims>();
                    if (!await claims.BeatAsync(runId, attempt, RunJson.Write(recorder.Snapshot()), finished))
                    {
                        await solving.CancelAsync();
                        return;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A missed beat is tolerated; many in a row make the run stale and it is recovered.
                    logger.LogWarning(exception, "Heartbeat of schedule run {RunId} failed", runId);
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
            // The attempt ended.
        }
    }
}
