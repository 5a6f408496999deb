using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Projects;

public sealed class ProjectAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, bool> TownAndAdmins => Callers.Allowing("town own", "admin");

    public static TheoryData<string, bool> Everyone => Callers.Allowing([.. Callers.Everyone]);

    [Theory]
    [MemberData(nameof(TownAndAdmins))]
    public void IsVisibleTo_WhenDraft_ShowsItOnlyToItsTownAndAdmins(string who, bool visible)
    {
        var owners = Owners.New();
        var project = Draft(owners);

        var result = project.IsVisibleTo(Callers.As(who, owners));

        Assert.Equal(visible, result);
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public void IsVisibleTo_WhenPublished_ShowsItToEveryone(string who, bool visible)
    {
        var result = IsVisibleAfterMovingTo(ProjectStatus.Published, who);

        Assert.Equal(visible, result);
    }

    [Theory]
    [MemberData(nameof(TownAndAdmins))]
    public void IsVisibleTo_WhenWithdrawn_ShowsItOnlyToItsTownAndAdmins(string who, bool visible)
    {
        var result = IsVisibleAfterMovingTo(ProjectStatus.Withdrawn, who);

        Assert.Equal(visible, result);
    }

    [Theory]
    [MemberData(nameof(TownAndAdmins))]
    public void MayBeChangedBy_WhenPublished_AllowsOnlyItsTownAndAdmins(string who, bool allowed)
    {
        var owners = Owners.New();
        var project = Draft(owners);
        project.MoveTo(ProjectStatus.Published, "u", null, Now);

        var result = project.MayBeChangedBy(Callers.As(who, owners));

        Assert.Equal(allowed, result);
    }

    [Theory]
    [MemberData(nameof(TownAndAdmins))]
    public void DraftingTownFor_WhenTheTownIsNamed_AllowsOnlyThatTownAndAdmins(string who, bool allowed)
    {
        var owners = Owners.New();

        var town = InvestmentProject.DraftingTownFor(Callers.As(who, owners), owners.TownId);

        Assert.Equal(allowed ? owners.TownId : null, town);
    }

    [Fact]
    public void DraftingTownFor_WhenATownNamesNoTown_DraftsForItself()
    {
        var owners = Owners.New();

        var town = InvestmentProject.DraftingTownFor(Callers.As("town own", owners), requestedTownId: null);

        Assert.Equal(owners.TownId, town);
    }

    [Fact]
    public void DraftingTownFor_WhenAnAdminNamesNoTown_HasNoTown()
    {
        var town = InvestmentProject.DraftingTownFor(Callers.As("admin", Owners.New()), requestedTownId: null);

        Assert.Null(town);
    }

    private static bool IsVisibleAfterMovingTo(ProjectStatus status, string who)
    {
        var owners = Owners.New();
        var project = Draft(owners);
        project.MoveTo(status, "u", null, Now);
        return project.IsVisibleTo(Callers.As(who, owners));
    }

    private static InvestmentProject Draft(Owners owners) => InvestmentProject.Draft(
        owners.TownId,
        new ProjectContent("精密法兰项目", null, "配套项目", null, "C33", 0, 100, [], null, null, null, null, null, null, null),
        "town-user",
        Now);
}
