namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>One Expo host for the whole project: tests create their own data and never share it.</summary>
[CollectionDefinition(Name)]
public sealed class ExpoCollection : ICollectionFixture<ExpoHost>
{
    public const string Name = "expo";
}
