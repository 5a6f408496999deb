namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>The seeding host, apart from the other tests' host so that no seeded chain meets their data.</summary>
[CollectionDefinition(Name)]
public sealed class ChainSeedCollection : ICollectionFixture<ChainSeedHost>
{
    public const string Name = "chain-seed";
}
