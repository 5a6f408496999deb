using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Projects;

public sealed class TownProjectsScopeTests
{
    public static TheoryData<string, bool> TownAndAdmins => Callers.Allowing("town own", "admin");

    [Theory]
    [MemberData(nameof(TownAndAdmins))]
    public void For_WhenListingATown_ShowsDraftsAndWithdrawnOnlyToItsTownAndAdmins(string who, bool seesAll)
    {
        var owners = Owners.New();

        var scope = TownProjectsScope.For(Callers.As(who, owners), owners.TownId);

        Assert.Equal(owners.TownId, scope.TownId);
        Assert.Equal(seesAll, scope.Statuses.Contains(ProjectStatus.Draft));
        Assert.Equal(seesAll, scope.Statuses.Contains(ProjectStatus.Withdrawn));
        Assert.All([ProjectStatus.Published, ProjectStatus.Negotiating, ProjectStatus.Signed, ProjectStatus.Landed], s => Assert.Contains(s, scope.Statuses));
    }

    [Fact]
    public void Includes_WhenTheProjectIsAnotherTowns_IsFalseEvenForAnAdmin()
    {
        var owners = Owners.New();
        var project = InvestmentProject.Draft(
            Guid.NewGuid(),
            new ProjectContent("精密法兰项目", null, "配套项目", null, "C33", 0, 100, [], null, null, null, null, null, null, null),
            "town-user",
            DateTimeOffset.UtcNow);

        var included = TownProjectsScope.For(Callers.As("admin", owners), owners.TownId).Includes(project);

        Assert.False(included);
    }
}
