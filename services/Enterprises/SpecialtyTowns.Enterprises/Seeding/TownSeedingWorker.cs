using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Seeds every town already known at start-up (a seed file may have grown, a run may have been cut
/// short), then retries the towns whose seeding failed every <c>Seed:RetryInterval</c> (30 s).
/// </summary>
public sealed class TownSeedingWorker(IServiceScopeFactory scopes, TownSeeding seeding, IConfiguration configuration, ILogger<TownSeedingWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        List<Guid> towns;
        await using (var scope = scopes.CreateAsyncScope())
        {
            towns = await scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>().Towns.Select(t => t.TownId).ToListAsync(stoppingToken);
        }

        var seeded = 0;
        foreach (var townId in towns)
        {
            seeded += await seeding.RunAsync(townId, stoppingToken) ? 1 : 0;
        }

        logger.LogInformation("Seed steps ran for {Seeded} of {Total} known towns at start-up", seeded, towns.Count);
        var interval = configuration.GetValue("Seed:RetryInterval", TimeSpan.FromSeconds(30));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var townId in seeding.Pending)
            {
                await seeding.RunAsync(townId, stoppingToken);
            }
        }
    }
}
