extern alias towns;

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;
using towns::SpecialtyTowns.Towns.Application;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>The project events carry the project's content (what Leads' matching reads), and a database from before that replays it once.</summary>
[Collection(TownsCollection.Name)]
public sealed class ProjectContentEventsTests(TownsHost host)
{
    [Fact]
    public async Task ChangeProjectStatus_WhenPublishedThenWithdrawn_BothEventsCarryTheContent()
    {
        var (_, owner, project) = await host.DraftProjectAsync();
        await host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = Content(project.Content.Title) });

        await host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "published" });
        await host.Projects(owner).ChangeProjectStatusAsync(new ChangeProjectStatusRequest { Id = project.Id, Status = "withdrawn" });

        AssertCarriesContent(Assert.Single(await PayloadsAsync("project-published", project.Id)));
        AssertCarriesContent(Assert.Single(await PayloadsAsync("project-withdrawn", project.Id)));
    }

    [Fact]
    public async Task UpdateProject_WhenTheContentChanges_ProjectUpdatedCarriesTheNewContent()
    {
        var (_, owner, project) = await host.PublishedProjectAsync();

        await host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = project.Id, Content = Content(project.Content.Title) });

        AssertCarriesContent(Assert.Single(await PayloadsAsync("project-updated", project.Id)));
    }

    [Fact]
    public async Task AnnounceExistingProjects_WhenTheDatabaseHadNoReplay_AnnouncesEveryNonDraftProjectOnceWithItsContent()
    {
        var (_, owner, published) = await host.PublishedProjectAsync();
        await host.Projects(owner).UpdateProjectAsync(new UpdateProjectRequest { Id = published.Id, Content = Content(published.Content.Title) });
        var (_, _, draft) = await host.DraftProjectAsync();
        var updatedBefore = await PayloadsAsync("project-updated", published.Id);
        await TestDatabase.ExecuteAsync(host.Database, "DELETE FROM announcement_replays WHERE name = $1", AnnounceExistingProjects.Replay);

        var first = await ReplayAsync();
        var second = await ReplayAsync();

        Assert.True(first >= 1);
        Assert.Null(second);
        var replayed = Assert.Single((await PayloadsAsync("project-updated", published.Id)).Skip(updatedBefore.Count));
        AssertCarriesContent(replayed);
        Assert.Equal("published", replayed.GetProperty("status").GetString());
        // Stamped with the project's last change, so it never overtakes a newer event on its way.
        Assert.Equal(updatedBefore[^1].GetProperty("at").GetDateTimeOffset(), replayed.GetProperty("at").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Empty(await PayloadsAsync("project-updated", draft.Id));
        Assert.Equal((long)first.Value, await host.CountAsync("SELECT messages FROM announcement_replays WHERE name = $1", AnnounceExistingProjects.Replay));
        await Eventually.TrueAsync(
            async () => await host.CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND payload->>'projectId' = $1", published.Id) == 0,
            TimeSpan.FromSeconds(20),
            "the replayed announcement published");
    }

    private static ProjectContent Content(string title)
    {
        var content = TownsData.Content(title);
        content.TitleEn = "Flange forging park";
        content.Description = "法兰锻造扩产项目，新建锻造线";
        content.DescriptionEn = "Flange forging expansion with a new forging line";
        content.CooperationModes.Clear();
        content.CooperationModes.Add("sole-ownership");
        content.CooperationModes.Add("joint-venture");
        content.LandAreaSquareMetres = "80000.5";
        return content;
    }

    private static void AssertCarriesContent(JsonElement payload)
    {
        Assert.Equal("Flange forging park", payload.GetProperty("titleEn").GetString());
        Assert.Equal("法兰锻造扩产项目，新建锻造线", payload.GetProperty("description").GetString());
        Assert.Equal("Flange forging expansion with a new forging line", payload.GetProperty("descriptionEn").GetString());
        Assert.Equal(["joint-venture", "sole-ownership"], payload.GetProperty("cooperationModes").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(80000.5m, payload.GetProperty("landAreaSquareMetres").GetDecimal());
    }

    private async Task<int?> ReplayAsync()
    {
        using var scope = host.Server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AnnounceExistingProjects>().ExecuteAsync(CancellationToken.None);
    }

    /// <summary>The outbox payloads of one project event (<c>project-updated</c>) for the project, oldest first.</summary>
    private async Task<List<JsonElement>> PayloadsAsync(string eventName, string projectId)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(host.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM outbox_messages WHERE message_type LIKE $1 AND payload->>'projectId' = $2 ORDER BY occurred_at, id",
            connection);
        command.Parameters.AddWithValue("%" + eventName + "%");
        command.Parameters.AddWithValue(projectId);
        var payloads = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            payloads.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        }

        return payloads;
    }
}
