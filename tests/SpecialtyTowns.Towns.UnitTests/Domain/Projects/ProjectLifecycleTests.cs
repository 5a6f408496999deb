using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Projects;

public sealed class ProjectLifecycleTests
{
    public static TheoryData<ProjectStatus, ProjectStatus> AllowedMoves => new()
    {
        { ProjectStatus.Draft, ProjectStatus.Published },
        { ProjectStatus.Draft, ProjectStatus.Withdrawn },
        { ProjectStatus.Published, ProjectStatus.Negotiating },
        { ProjectStatus.Published, ProjectStatus.Withdrawn },
        { ProjectStatus.Negotiating, ProjectStatus.Signed },
        { ProjectStatus.Negotiating, ProjectStatus.Published },
        { ProjectStatus.Negotiating, ProjectStatus.Withdrawn },
        { ProjectStatus.Signed, ProjectStatus.Landed },
        { ProjectStatus.Signed, ProjectStatus.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void CanMove_WhenMoveIsAStepOfTheLifecycle_IsTrue(ProjectStatus from, ProjectStatus to)
    {
        var allowed = ProjectLifecycle.CanMove(from, to);

        Assert.True(allowed);
    }

    [Fact]
    public void CanMove_ForEveryOtherPair_IsFalse()
    {
        var allowed = AllowedMoves.Select(row => ((ProjectStatus)row[0], (ProjectStatus)row[1])).ToHashSet();

        var wronglyAllowed = Enum.GetValues<ProjectStatus>()
            .SelectMany(from => Enum.GetValues<ProjectStatus>().Select(to => (from, to)))
            .Where(pair => !allowed.Contains(pair) && ProjectLifecycle.CanMove(pair.from, pair.to))
            .ToList();

        Assert.Empty(wronglyAllowed);
    }

    [Theory]
    [InlineData(ProjectStatus.Draft, ProjectStatus.Signed)]
    [InlineData(ProjectStatus.Draft, ProjectStatus.Landed)]
    [InlineData(ProjectStatus.Landed, ProjectStatus.Published)]
    [InlineData(ProjectStatus.Withdrawn, ProjectStatus.Published)]
    public void EnsureCanMove_WhenSkippingOrLeavingAFinalState_ThrowsNamedRule(ProjectStatus from, ProjectStatus to)
    {
        var error = Assert.Throws<BusinessRuleException>(() => ProjectLifecycle.EnsureCanMove(from, to));

        Assert.Equal("project-status-transition", error.Rule);
        Assert.Contains(ProjectKeys.Of(to), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("published", true)]
    [InlineData("landed", true)]
    [InlineData("Published", false)]
    [InlineData("5", false)]
    [InlineData("closed", false)]
    [InlineData("", false)]
    public void TryParseStatus_AcceptsOnlyTheLowerCaseKeys(string key, bool expected)
    {
        var parsed = ProjectKeys.TryParseStatus(key, out _);

        Assert.Equal(expected, parsed);
    }
}
