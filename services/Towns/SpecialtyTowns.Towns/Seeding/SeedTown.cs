namespace SpecialtyTowns.Towns.Seeding;

/// <summary>A town as the seed file states it; absent facts stay absent.</summary>
public sealed record SeedTown(
    string Name,
    string? City,
    string? County,
    string Industry,
    string Category,
    string? Level,
    IReadOnlyList<string>? Facts,
    string? Source);
