using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.UnitTests.Domain;

public sealed class LeadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, bool> Viewers => Callers.Allowing("investor own", "town own", "admin");

    [Theory]
    [MemberData(nameof(Viewers))]
    public void IsVisibleTo_ForEveryRole_ShowsTheLeadOnlyToItsInvestorItsTownAndAdmins(string who, bool visible)
    {
        var owners = Owners.New();
        var lead = Lead.Create(owners.InvestorId, owners.TownId, "想了解法兰产业园", Now);

        var result = lead.IsVisibleTo(Callers.As(who, owners));

        Assert.Equal(visible, result);
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void LeadScope_ForEveryRole_ListsExactlyTheLeadsTheCallerMaySee(string who, bool listed)
    {
        var owners = Owners.New();
        var lead = Lead.Create(owners.InvestorId, owners.TownId, "想了解法兰产业园", Now);
        var stranger = Lead.Create(Guid.NewGuid(), Guid.NewGuid(), "别人的线索", Now);

        var scope = LeadScope.For(Callers.As(who, owners));

        Assert.Equal(listed, scope.Includes(lead));
        Assert.Equal(who == "admin", scope.Includes(stranger));
    }

    [Fact]
    public void LeadScope_ForAnInvestor_FiltersByTheInvestorOnly()
    {
        var owners = Owners.New();

        var scope = LeadScope.For(Callers.As("investor own", owners));

        Assert.Equal(new LeadScope(false, owners.InvestorId, null), scope);
    }

    [Fact]
    public void LeadScope_ForATown_FiltersByTheTownOnly()
    {
        var owners = Owners.New();

        var scope = LeadScope.For(Callers.As("town own", owners));

        Assert.Equal(new LeadScope(false, null, owners.TownId), scope);
    }

    [Fact]
    public void Create_WhenMessageIsPadded_TrimsItAndStartsNew()
    {
        var lead = Lead.Create(Guid.NewGuid(), Guid.NewGuid(), "  想了解 \n", Now);

        Assert.Equal("想了解", lead.Message);
        Assert.Equal(LeadStages.New, lead.Stage);
        Assert.Equal(Now, lead.CreatedAt);
    }
}
