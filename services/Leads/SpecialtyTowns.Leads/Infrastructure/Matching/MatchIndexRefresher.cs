using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>
/// Builds this replica's match index at start (before the server takes requests), then follows
/// the match_changes feed every <see cref="MatchingOptions.RefreshInterval"/>.
/// </summary>
public sealed class MatchIndexRefresher(
    MatchFeedFollower follower,
    IServiceScopeFactory scopes,
    IOptions<MatchingOptions> options,
    ILogger<MatchIndexRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Match index load at start failed; retried in the background");
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!follower.Loaded)
                {
                    await LoadAsync(stoppingToken);
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                var loader = scope.ServiceProvider.GetRequiredService<MatchIndexLoader>();
                while (await follower.FollowAsync(loader, stoppingToken) > 0)
                {
                    // A burst of changes is drained before waiting for the next tick.
                }

                if (!follower.Loaded)
                {
                    logger.LogWarning("Match feed pruned past this replica's place in it; the index is loaded again");
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Match index refresh failed; tried again at the next tick");
            }
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await follower.LoadAsync(scope.ServiceProvider.GetRequiredService<MatchIndexLoader>(), null, cancellationToken);
        var snapshot = follower.Index.Current;
        logger.LogInformation(
            "Match index loaded: {Organisations} organisations, {Projects} open projects, {Gaps} open gaps, {Towns} towns",
            snapshot.Organisations.Count,
            snapshot.Projects.Count,
            snapshot.Gaps.Count,
            snapshot.Towns.Count);
    }
}
