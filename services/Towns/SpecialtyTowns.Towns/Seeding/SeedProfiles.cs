namespace SpecialtyTowns.Towns.Seeding;

/// <summary><c>data/town-profiles.json</c>: figures and platforms quoted from the sources.</summary>
public sealed record SeedProfiles(IReadOnlyList<SeedProfile> Towns);
