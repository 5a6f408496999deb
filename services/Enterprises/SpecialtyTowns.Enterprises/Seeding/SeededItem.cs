namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>A seed file's item (by its key) that was seeded into a town as the row <see cref="ItemId"/>.</summary>
public sealed class SeededItem
{
    /// <summary><see cref="SeedLedger.Enterprise"/>, <see cref="SeedLedger.ChainNode"/> or <see cref="SeedLedger.ChainGap"/>.</summary>
    public required string Kind { get; init; }

    public Guid TownId { get; init; }

    public required string SeedKey { get; init; }

    public Guid ItemId { get; init; }

    public DateTimeOffset SeededAt { get; init; }
}
