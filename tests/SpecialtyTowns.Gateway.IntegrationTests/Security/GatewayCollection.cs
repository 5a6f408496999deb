namespace SpecialtyTowns.Gateway.IntegrationTests.Security;

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayHost>
{
    public const string Name = "gateway";
}
