using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Directory;

/// <summary>The content matching reads follows its own order: never wiped by an event without it, never replaced by an older one.</summary>
public sealed class DirectoryContentOrderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid ProjectId = Guid.NewGuid();
    private static readonly Guid GapId = Guid.NewGuid();
    private static readonly Guid TownId = Guid.NewGuid();

    [Fact]
    public void ProjectApply_WhenNewerWithoutContent_TakesTheStatusAndKeepsTheContent()
    {
        var entry = Project("published", T0).WithContent("Forging", "锻造", null, ["equity"], 100m);

        var changed = entry.Apply(Project("withdrawn", T0.AddMinutes(1)));

        Assert.True(changed);
        Assert.Equal("withdrawn", entry.Status);
        Assert.Equal(("Forging", "锻造", 100m), (entry.TitleEn, entry.Description, entry.LandAreaSquareMetres));
        Assert.Equal(T0, entry.ContentAsOf);
    }

    [Fact]
    public void ProjectApply_WhenOlderWithContentAfterAStatusChange_FillsTheContentButNotTheStatus()
    {
        var entry = Project("negotiating", T0.AddMinutes(2));

        var changed = entry.Apply(Project("published", T0).WithContent("Forging", "锻造", "Forging line", ["equity"], 100m));

        Assert.True(changed);
        Assert.Equal("negotiating", entry.Status);
        Assert.True(entry.HasContent);
        Assert.Equal(T0, entry.ContentAsOf);
    }

    [Fact]
    public void ProjectApply_WhenOlderContentThanTheContentHeld_ChangesNothing()
    {
        var entry = Project("published", T0.AddMinutes(1)).WithContent("New", "新", null, ["joint-venture"], 200m);

        var changed = entry.Apply(Project("published", T0).WithContent("Old", "旧", null, ["equity"], 100m));

        Assert.False(changed);
        Assert.Equal(("New", "新", 200m), (entry.TitleEn, entry.Description, entry.LandAreaSquareMetres));
        Assert.Equal(["joint-venture"], entry.CooperationModes);
    }

    [Fact]
    public void GapApply_WhenAnOlderPostingArrivesAfterTheFilling_FillsTitleAndContentAndKeepsTheStatus()
    {
        var entry = GapEntry.From(GapId, TownId, string.Empty, "filled", T0.AddMinutes(3));

        var changed = entry.Apply(GapEntry.From(GapId, TownId, "锻件毛坯", "open", T0).WithContent("Blanks", "supplier", "C33", Guid.Empty, null));

        Assert.True(changed);
        Assert.Equal(("锻件毛坯", "filled"), (entry.Title, entry.Status));
        Assert.Equal(("Blanks", "supplier", "C33"), (entry.TitleEn, entry.Kind, entry.IndustryCode));
    }

    [Fact]
    public void GapApply_WhenNewerWithoutContent_KeepsTheContent()
    {
        var entry = GapEntry.From(GapId, TownId, "锻件毛坯", "open", T0).WithContent("Blanks", "supplier", "C33", null, null);

        var changed = entry.Apply(GapEntry.From(GapId, TownId, string.Empty, "withdrawn", T0.AddMinutes(1)));

        Assert.True(changed);
        Assert.Equal("withdrawn", entry.Status);
        Assert.Equal(("Blanks", "supplier", "C33"), (entry.TitleEn, entry.Kind, entry.IndustryCode));
    }

    private static ProjectEntry Project(string status, DateTimeOffset asOf) =>
        ProjectEntry.From(ProjectId, TownId, "锻造项目", status, "C33", 1, 2, asOf);
}
