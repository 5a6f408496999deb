using Microsoft.Extensions.Options;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// The background worker of schedule runs: recovers runs whose process died (stale heartbeat), then takes
/// queued runs one at a time (the solver uses every core). Woken at once when a run is queued on this replica.
/// </summary>
public sealed class ScheduleRunWorker(
    IServiceScopeFactory scopes,
    ScheduleRunExecutor executor,
    ScheduleRunSignal signal,
    IOptions<ScheduleRunOptions> options,
    ILogger<ScheduleRunWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var claims = scope.ServiceProvider.GetRequiredService<ScheduleRunClaims>();
                var recovered = await claims.RecoverStaleAsync(settings.StaleAfter, settings.MaxAttempts, stoppingToken);
                if (recovered > 0)
                {
                    logger.LogWarning("Recovered {Count} schedule runs whose service stopped", recovered);
                }

                if (await claims.ClaimAsync(stoppingToken) is { } run)
                {
                    logger.LogInformation("Schedule run {RunId} of event {EventId} started (attempt {Attempt})", run.Id, run.EventId, run.Attempts);
                    await executor.ExecuteAsync(run, stoppingToken);
                    continue;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Schedule run worker failed; trying again");
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
