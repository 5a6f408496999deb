using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain.Projects;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Projects;

public sealed class InvestmentProjectTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Draft_WhenContentValid_StartsAsDraftWithACreatedEntry()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "town-user", Now);

        Assert.Equal(ProjectStatus.Draft, project.Status);
        var entry = Assert.Single(project.History);
        Assert.Equal("created", entry.Action);
        Assert.Equal("draft", entry.ToStatus);
        Assert.Null(project.PublishedAt);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(20, 10)]
    public void Draft_WhenAmountRangeInvalid_ThrowsNamedRule(long min, long max)
    {
        var content = Content() with { AmountMinFen = min, AmountMaxFen = max };

        var error = Assert.Throws<BusinessRuleException>(() => InvestmentProject.Draft(Guid.NewGuid(), content, "u", Now));

        Assert.Equal("project-amount-range", error.Rule);
    }

    [Fact]
    public void Draft_WhenIndustryNotInTaxonomy_ThrowsNamedRule()
    {
        var error = Assert.Throws<BusinessRuleException>(() => InvestmentProject.Draft(Guid.NewGuid(), Content() with { IndustryCode = "Z99" }, "u", Now));

        Assert.Equal("project-industry-known", error.Rule);
    }

    [Fact]
    public void Revise_WhenSomethingChanged_RecordsWhichFields()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "u", Now);

        var changed = project.Revise(Content() with { Title = "新标题", AmountMaxFen = 9_000_000_000 }, null, "u2", Now.AddHours(1));

        Assert.True(changed);
        var entry = project.History[^1];
        Assert.Equal("updated", entry.Action);
        Assert.Equal("u2", entry.Actor);
        Assert.Contains("title", entry.Note, StringComparison.Ordinal);
        Assert.Contains("amount", entry.Note, StringComparison.Ordinal);
        Assert.Equal(Now.AddHours(1), project.UpdatedAt);
    }

    [Fact]
    public void Revise_WhenNothingChanged_RecordsNothing()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "u", Now);

        var changed = project.Revise(Content(), null, "u", Now.AddHours(1));

        Assert.False(changed);
        Assert.Single(project.History);
    }

    [Fact]
    public void Revise_WhenOnlyTheScaleOfTheLandAreaDiffers_RecordsNothing()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content() with { LandAreaSquareMetres = 12000.50m }, "u", Now);

        var changed = project.Revise(Content() with { LandAreaSquareMetres = 12000.5m }, null, "u", Now.AddHours(1));

        Assert.False(changed);
        Assert.Single(project.History);
    }

    [Fact]
    public void Revise_WhenTheRequestNamesAnotherTown_IsRefusedNamingTownIdAndChangesNothing()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "u", Now);

        var error = Assert.Throws<InvalidValueException>(() => project.Revise(Content() with { Title = "改" }, Guid.NewGuid(), "u", Now.AddHours(1)));

        Assert.Equal("town_id", error.Field);
        Assert.Equal(Content().Title, project.Title);
        Assert.Single(project.History);
    }

    [Fact]
    public void Revise_WhenTheRequestNamesItsOwnTown_Revises()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "u", Now);

        var changed = project.Revise(Content() with { Title = "改" }, project.TownId, "u", Now.AddHours(1));

        Assert.True(changed);
    }

    [Fact]
    public void Draft_WhenDeadlineInThePast_IsRefusedNamingTheDeadline()
    {
        var error = Assert.Throws<InvalidValueException>(() => InvestmentProject.Draft(Guid.NewGuid(), Content() with { Deadline = new DateOnly(1900, 1, 1) }, "u", Now));

        Assert.Equal("content.deadline", error.Field);
    }

    [Fact]
    public void Revise_WhenTheDeadlineHasLapsedAndIsKept_RevisesTheOtherFields()
    {
        var deadline = DateOnly.FromDateTime(Now.Date).AddDays(10);
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content() with { Deadline = deadline }, "u", Now);

        var changed = project.Revise(Content() with { Deadline = deadline, Title = "改" }, null, "u", Now.AddDays(40));

        Assert.True(changed);
        Assert.Equal(deadline, project.Deadline);
    }

    [Fact]
    public void Revise_WhenSigned_IsRefused()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "u", Now);
        project.MoveTo(ProjectStatus.Published, "u", null, Now);
        project.MoveTo(ProjectStatus.Negotiating, "u", null, Now);
        project.MoveTo(ProjectStatus.Signed, "u", "签约仪式", Now);

        var error = Assert.Throws<BusinessRuleException>(() => project.Revise(Content() with { Title = "改" }, null, "u", Now));

        Assert.Equal("project-editable", error.Rule);
    }

    [Fact]
    public void MoveTo_WhenPublishedTwice_KeepsTheFirstPublicationTime()
    {
        var project = InvestmentProject.Draft(Guid.NewGuid(), Content(), "u", Now);

        project.MoveTo(ProjectStatus.Published, "u", null, Now.AddDays(1));
        project.MoveTo(ProjectStatus.Negotiating, "u", null, Now.AddDays(2));
        var previous = project.MoveTo(ProjectStatus.Published, "u", "talks ended", Now.AddDays(3));

        Assert.Equal(ProjectStatus.Negotiating, previous);
        Assert.Equal(Now.AddDays(1), project.PublishedAt);
        Assert.Equal(["created", "status-changed", "status-changed", "status-changed"], project.History.Select(h => h.Action));
        Assert.Equal("talks ended", project.History[^1].Note);
    }

    private static ProjectContent Content() => new(
        "年产10万吨精密法兰项目", null, "定襄法兰产业集群配套项目", null, "C33",
        5_000_000_000, 12_000_000_000, ["joint-venture"], 20000m, null, "定襄经济技术开发区", null, null, null, null);
}
