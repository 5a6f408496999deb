using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>
/// Prunes the match_changes feed every <see cref="MatchingOptions.FeedPruneInterval"/>; every replica
/// may run it (a delete of rows already deleted deletes nothing).
/// </summary>
public sealed class MatchFeedRetentionWorker(IServiceScopeFactory scopes, IOptions<MatchingOptions> options, ILogger<MatchFeedRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.FeedPruneInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<MatchFeedRetention>().PruneAsync(settings.FeedRetention, settings.ReplicaTimeout, stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} match_changes rows older than {Retention}", deleted, settings.FeedRetention);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Pruning match_changes failed; tried again at the next tick");
            }
        }
    }
}
