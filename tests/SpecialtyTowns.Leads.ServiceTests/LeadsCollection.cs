namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>One Leads host for the whole project: tests create their own data and never share it.</summary>
[CollectionDefinition(Name)]
public sealed class LeadsCollection : ICollectionFixture<LeadsHost>
{
    public const string Name = "leads";
}
