namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Seeds every town already known at start-up (a seed file may have grown, a run may have been cut
/// short), then retries the towns whose seeding failed every <c>Seed:RetryInterval</c> (30 s).
/// The start-up pass itself is retried until it could read the towns.
/// </summary>
public sealed class TownSeedingWorker(IServiceScopeFactory scopes, TownSeeding seeding, IConfiguration configuration, ILogger<TownSeedingWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Seed:RetryInterval", TimeSpan.FromSeconds(30));
        using var timer = new PeriodicTimer(interval);
        var known = await SeedKnownTownsAsync(stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!known)
            {
                known = await SeedKnownTownsAsync(stoppingToken);
                continue;
            }

            foreach (var townId in seeding.Pending)
            {
                await seeding.RunAsync(townId, stoppingToken);
            }
        }
    }

    private async Task<bool> SeedKnownTownsAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<Guid> towns;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            towns = await scope.ServiceProvider.GetRequiredService<ITownLookup>().AllAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Could not read the known towns to seed them; retried in a moment");
            return false;
        }

        var seeded = 0;
        foreach (var townId in towns)
        {
            seeded += await seeding.RunAsync(townId, stoppingToken) ? 1 : 0;
        }

        logger.LogInformation("Seed steps ran for {Seeded} of {Total} known towns at start-up", seeded, towns.Count);
        return true;
    }
}
