namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>
/// Runs the expiry pass every "Expo:Requests:ExpirySweepSeconds" (default 30). A failed pass is
/// logged and tried again at the next tick: nothing it did is half-saved (one transaction per batch).
/// </summary>
public sealed class RequestExpiryWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<RequestExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Expo:Requests:ExpirySweepSeconds", 30)));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ExpireMeetingRequests>().ExecuteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The meeting request expiry pass failed; it runs again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
