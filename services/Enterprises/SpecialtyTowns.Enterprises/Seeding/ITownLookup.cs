using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>The towns the service knows, as the seed hook reads them.</summary>
public interface ITownLookup
{
    Task<TownEntry?> FindAsync(Guid townId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> AllAsync(CancellationToken cancellationToken);
}
