namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// Runs the standby pass every "Expo:Standby:SweepSeconds" (default 5: offers last minutes, no-shows
/// are minutes after a start). A failed pass is logged and tried again at the next tick.
/// </summary>
public sealed class StandbyWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StandbyWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Expo:Standby:SweepSeconds", 5)));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<StandbyPass>().ExecuteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The standby pass failed; it runs again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
