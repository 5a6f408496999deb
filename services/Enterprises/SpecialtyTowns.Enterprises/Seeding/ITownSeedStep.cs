using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// One step of seeding what the source articles say about a town, run when the service learns the
/// town (and at start-up for towns it knows), in ascending <see cref="Order"/>. Running a step again
/// adds nothing twice.
/// </summary>
public interface ITownSeedStep
{
    int Order { get; }

    Task SeedAsync(TownEntry town, CancellationToken cancellationToken);
}
