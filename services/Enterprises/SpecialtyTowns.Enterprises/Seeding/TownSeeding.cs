using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Infrastructure;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Runs the seed steps for one town. A failing step is logged and the town is kept for
/// <see cref="TownSeedingWorker"/> to retry; it never fails the caller (a consumer's message is
/// already handled).
/// </summary>
public sealed class TownSeeding(IServiceScopeFactory scopes, ILogger<TownSeeding> logger)
{
    private readonly ConcurrentDictionary<Guid, byte> _pending = new();

    /// <summary>Towns whose seeding failed and waits for a retry.</summary>
    public IReadOnlyCollection<Guid> Pending => [.. _pending.Keys];

    /// <returns>Whether every step ran (true also when there is no step).</returns>
    public async Task<bool> RunAsync(Guid townId, CancellationToken cancellationToken)
    {
        List<Type> steps;
        await using (var scope = scopes.CreateAsyncScope())
        {
            steps = [.. scope.ServiceProvider.GetServices<ITownSeedStep>().OrderBy(s => s.Order).Select(s => s.GetType())];
        }

        var current = "none";
        try
        {
            foreach (var type in steps)
            {
                current = type.Name;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<EnterprisesDbContext>();
                var town = await db.Towns.AsNoTracking().SingleOrDefaultAsync(t => t.TownId == townId, cancellationToken)
                    ?? throw new InvalidOperationException($"Town {townId} is not recorded yet");
                await scope.ServiceProvider.GetServices<ITownSeedStep>().Single(s => s.GetType() == type).RunAsync(town, cancellationToken);
            }

            _pending.TryRemove(townId, out _);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Seeding town {TownId} failed at {Step}; it is retried later", townId, current);
            _pending.TryAdd(townId, 0);
            return false;
        }
    }
}
