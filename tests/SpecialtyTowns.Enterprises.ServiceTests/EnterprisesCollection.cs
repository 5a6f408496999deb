namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>One Enterprises host for the whole project: tests create their own data and never share it.</summary>
[CollectionDefinition(Name)]
public sealed class EnterprisesCollection : ICollectionFixture<EnterprisesHost>
{
    public const string Name = "enterprises";
}
