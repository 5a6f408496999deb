namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// Runs the standby pass every "Expo:Standby:SweepSeconds" (default 5: offers last minutes and
/// no-shows fall due minutes after a start, so a few seconds late is fine). A failed pass is logged
/// and tried again at the next tick; each of its batches committed whole or not at all.
/// </summary>
public sealed class StandbyWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StandbyWorker> logger) : BackgroundService
{
    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Expo:Standby:SweepSeconds", 5)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        await PassAsync(stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PassAsync(stoppingToken);
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var (noShows, expired) = await scope.ServiceProvider.GetRequiredService<StandbyPass>().ExecuteAsync(stoppingToken);
            logger.LogDebug("Standby pass: {NoShows} meetings with provisional no-shows, {Expired} offers expired", noShows, expired);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The standby pass failed; it runs again in {Interval}", Interval);
        }
    }
}
