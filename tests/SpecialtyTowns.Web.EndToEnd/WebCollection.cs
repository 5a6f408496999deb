namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>One running system and one browser for every page test.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
