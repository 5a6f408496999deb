namespace SpecialtyTowns.EndToEnd;

/// <summary>
/// One running system for every end-to-end test; they run one after another because some
/// of them stop the broker or Redis.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
