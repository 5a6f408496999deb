namespace SpecialtyTowns.Enterprises.Seeding;

public sealed record ChainSeedTown(string Town, IReadOnlyList<ChainSeedNode> Nodes, IReadOnlyList<ChainSeedGap> Gaps);
