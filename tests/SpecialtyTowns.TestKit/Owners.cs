namespace SpecialtyTowns.TestKit;

/// <summary>Who owns the resource under test: the investor, town, enterprise and organizer it belongs to.</summary>
public sealed record Owners(Guid InvestorId, Guid TownId, Guid EnterpriseId, Guid OrganizerId)
{
    public static Owners New() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
}
