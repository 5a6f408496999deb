using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Adds a town's seed data (its enterprises, its chain) once the service knows the town. Steps run
/// in <see cref="Order"/>, each in its own scope, and must be idempotent: they run again at every
/// start and after a failure.
/// </summary>
public interface ITownSeedStep
{
    /// <summary>Lower runs first: enterprises (100) before the chain that names them (200).</summary>
    int Order { get; }

    Task RunAsync(TownEntry town, CancellationToken cancellationToken);
}
