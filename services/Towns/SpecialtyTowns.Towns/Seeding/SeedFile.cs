namespace SpecialtyTowns.Towns.Seeding;

/// <summary>The part of <c>data/shanxi-specialty-towns.json</c> the Towns service loads.</summary>
public sealed record SeedFile(IReadOnlyList<SeedTown> Towns);
