namespace SpecialtyTowns.Idempotency.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class IdempotencyCollection : ICollectionFixture<IdempotencyFixture>
{
    public const string Name = "idempotency";
}
