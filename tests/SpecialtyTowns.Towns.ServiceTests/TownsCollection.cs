namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>One Towns host for the whole project: tests create their own data and never share it.</summary>
[CollectionDefinition(Name)]
public sealed class TownsCollection : ICollectionFixture<TownsHost>
{
    public const string Name = "towns";
}
