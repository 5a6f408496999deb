using SpecialtyTowns.Leads.Application;

namespace SpecialtyTowns.Leads.Infrastructure.FollowUps;

/// <summary>
/// Scans for leads that need their owner every <c>FollowUps:Interval</c> (5 minutes) and raises their
/// alerts; every replica may run it (<see cref="RaiseFollowUpAlerts"/> raises each alert once).
/// <c>FollowUps:Enabled</c> false turns it off (benchmarks with synthetic leads).
/// </summary>
public sealed class FollowUpAlertWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FollowUpAlertWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("FollowUps:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(configuration.GetValue("FollowUps:Interval", TimeSpan.FromMinutes(5)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var raised = await scope.ServiceProvider.GetRequiredService<RaiseFollowUpAlerts>().ExecuteAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("Raised {Count} lead follow-up alerts", raised);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Lead follow-up scan failed; tried again at the next tick");
            }
        }
    }
}
