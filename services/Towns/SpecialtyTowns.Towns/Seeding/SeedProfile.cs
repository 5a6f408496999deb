using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.Seeding;

public sealed record SeedProfile(string Name, IReadOnlyList<KeyFigure>? KeyFigures, IReadOnlyList<string>? Platforms, IReadOnlyList<string>? Policies);
