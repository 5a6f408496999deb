using SpecialtyTowns.Leads.Domain;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.UnitTests.Domain;

public sealed class LeadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, bool> Viewers => Callers.Allowing("investor own", "town own", "admin");

    [Theory]
    [MemberData(nameof(Viewers))]
    public void LeadScope_ForEveryRole_ListsExactlyTheLeadsTheCallerMaySee(string who, bool listed)
    {
        var owners = Owners.New();
        var organisationId = Guid.NewGuid();
        var lead = Lead.Create(Draft(organisationId, owners.TownId, "想了解法兰产业园"), "someone", Now);
        var stranger = Lead.Create(Draft(Guid.NewGuid(), Guid.NewGuid(), "别人的线索"), "someone", Now);
        var callerOrganisation = who == "investor own" ? organisationId : Guid.NewGuid();

        var scope = LeadScope.For(Callers.As(who, owners), callerOrganisation);

        Assert.Equal(listed, scope.Includes(lead));
        Assert.Equal(who == "admin", scope.Includes(stranger));
    }

    [Fact]
    public void LeadScope_ForAnInvestorWithoutOrganisation_IncludesNothing()
    {
        var owners = Owners.New();
        var lead = Lead.Create(Draft(Guid.NewGuid(), owners.TownId, "想了解"), "someone", Now);

        var scope = LeadScope.For(Callers.As("investor own", owners), null);

        Assert.False(scope.Includes(lead));
    }

    [Fact]
    public void LeadScope_ForATown_FiltersByTheTownOnly()
    {
        var owners = Owners.New();

        var scope = LeadScope.For(Callers.As("town own", owners), null);

        Assert.Equal(new LeadScope(false, null, owners.TownId), scope);
    }

    [Fact]
    public void Create_WhenMessageIsPadded_TrimsItAndStartsAtLeadWithOneHistoryEntry()
    {
        var lead = Lead.Create(Draft(Guid.NewGuid(), Guid.NewGuid(), "  想了解 \n"), "someone", Now);

        Assert.Equal("想了解", lead.Message);
        Assert.Equal(LeadStage.Lead, lead.Stage);
        Assert.Equal(Now, lead.CreatedAt);
        Assert.Single(lead.History);
        Assert.NotNull(lead.OpenKey);
    }

    private static LeadDraft Draft(Guid organisationId, Guid townId, string message) =>
        new(organisationId, townId, null, null, LeadSource.Inbound, null, null, null, message, null, null, null);
}
