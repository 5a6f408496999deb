extern alias leads;

using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Towns.Contracts;
using ProjectEntry = leads::SpecialtyTowns.Leads.Domain.Directory.ProjectEntry;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>The project content Towns' events carry (what matching reads), kept in the directory whatever order the events arrive in.</summary>
[Collection(LeadsCollection.Name)]
public sealed class ProjectContentDirectoryTests(LeadsHost host)
{
    private const string Published = "leads.project-directory.project-published";
    private const string Updated = "leads.project-directory.project-updated";
    private const string Withdrawn = "leads.project-directory.project-withdrawn";
    private const string StatusChanged = "leads.project-directory.project-status-changed";

    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly DirectoryData _data = new(host);

    [Fact]
    public async Task ProjectPublished_WhenItCarriesContent_StoresItAndFeedsTheChange()
    {
        var (projectId, townId) = (Guid.NewGuid(), Guid.NewGuid());

        await _data.DeliverAsync(PublishedWith(projectId, townId, T0, "法兰锻造扩产"), Published);

        var entry = await ProjectAsync(projectId);
        Assert.True(entry.HasContent);
        Assert.Equal("Flange forging expansion", entry.TitleEn);
        Assert.Equal("法兰锻造扩产：新建锻造线", entry.Description);
        Assert.Equal("New forging line: 法兰锻造扩产", entry.DescriptionEn);
        Assert.Equal(["joint-venture", "sole-ownership"], entry.CooperationModes);
        Assert.Equal(80_000.5m, entry.LandAreaSquareMetres);
        Assert.True(await _data.ChangesAsync("project", projectId) >= 1);
    }

    [Fact]
    public async Task ProjectPublished_WhenOlderThanTheUpdateAlreadyApplied_NeverReplacesTheNewerContent()
    {
        var (projectId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(UpdatedWith(projectId, townId, T0.AddMinutes(5), "新内容"), Updated);

        await _data.DeliverAsync(PublishedWith(projectId, townId, T0, "旧内容"), Published);

        var entry = await ProjectAsync(projectId);
        Assert.Equal("新内容：新建锻造线", entry.Description);
        Assert.Equal("新内容", entry.Title);
    }

    [Fact]
    public async Task ProjectEvents_WhenTheNewerOneCarriesNoContent_KeepTheContentAndTakeTheStatus()
    {
        var (projectId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(PublishedWith(projectId, townId, T0, "保留内容"), Published);
        var changesBefore = await _data.ChangesAsync("project", projectId);

        await _data.DeliverAsync(new ProjectWithdrawn(projectId, townId, "保留内容", "withdrawn", "C3311", 1, 2, T0.AddMinutes(1)), Withdrawn);

        var entry = await ProjectAsync(projectId);
        Assert.Equal("withdrawn", entry.Status);
        Assert.True(entry.HasContent);
        Assert.Equal("保留内容：新建锻造线", entry.Description);
        Assert.Equal(80_000.5m, entry.LandAreaSquareMetres);
        Assert.True(await _data.ChangesAsync("project", projectId) > changesBefore);
    }

    [Fact]
    public async Task ProjectPublished_WhenAStatusChangeOvertookIt_StillFillsTheContent()
    {
        var (projectId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(new ProjectStatusChanged(projectId, townId, "published", "negotiating", 1, 2, T0.AddMinutes(1)), StatusChanged);

        await _data.DeliverAsync(PublishedWith(projectId, townId, T0, "后到内容"), Published);

        var entry = await ProjectAsync(projectId);
        Assert.Equal("negotiating", entry.Status);
        Assert.Equal("后到内容", entry.Title);
        Assert.Equal("Flange forging expansion", entry.TitleEn);
    }

    [Fact]
    public async Task ProjectUpdated_WhenFromAPublisherBeforeTheContentFields_IsReadWithoutContent()
    {
        var (projectId, townId) = (Guid.NewGuid(), Guid.NewGuid());

        await _data.DeliverAsync(new ProjectUpdatedBeforeContent(projectId, townId, "旧版消息", "published", "C3311", 1, 2, T0), Updated);

        var entry = await ProjectAsync(projectId);
        Assert.Equal("旧版消息", entry.Title);
        Assert.False(entry.HasContent);
        Assert.Null(entry.Description);
        Assert.Empty(entry.CooperationModes);
    }

    [Fact]
    public async Task ProjectUpdated_WhenNewerButWithoutContent_TakesTheTitleAndKeepsTheContent()
    {
        var (projectId, townId) = (Guid.NewGuid(), Guid.NewGuid());
        await _data.DeliverAsync(PublishedWith(projectId, townId, T0, "原标题"), Published);

        await _data.DeliverAsync(new ProjectUpdatedBeforeContent(projectId, townId, "新标题", "published", "C3311", 1, 2, T0.AddMinutes(1)), Updated);

        var entry = await ProjectAsync(projectId);
        Assert.Equal("新标题", entry.Title);
        Assert.True(entry.HasContent);
        Assert.Equal("原标题：新建锻造线", entry.Description);
        Assert.Equal(["joint-venture", "sole-ownership"], entry.CooperationModes);
    }

    private static ProjectPublished PublishedWith(Guid projectId, Guid townId, DateTimeOffset at, string title) =>
        new(projectId, townId, title, "published", "C3311", 100_000_00, 500_000_00, at, "Flange forging expansion", title + "：新建锻造线", "New forging line: " + title, ["joint-venture", "sole-ownership"], 80_000.5m);

    private static ProjectUpdated UpdatedWith(Guid projectId, Guid townId, DateTimeOffset at, string title) =>
        new(projectId, townId, title, "published", "C3311", 100_000_00, 500_000_00, at, "Flange forging expansion", title + "：新建锻造线", "New forging line: " + title, ["sole-ownership"], 120_000m);

    private async Task<ProjectEntry> ProjectAsync(Guid projectId) =>
        await _data.FindAsync<ProjectEntry>(q => q.SingleOrDefaultAsync(p => p.ProjectId == projectId))
        ?? throw new InvalidOperationException($"project {projectId} not in the directory");
}
