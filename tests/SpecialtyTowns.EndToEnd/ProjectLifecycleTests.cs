using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class ProjectLifecycleTests(SystemFixture fixture)
{
    [Fact]
    public async Task Lifecycle_WhenWalkedByItsTown_KeepsFullHistoryAndPublishesEachEventOnce()
    {
        var townId = await fixture.RegisterTownAsync("生命周期");
        var town = TownClient(townId);
        var id = await CreateAsync(town, townId);

        var moves = new[] { "published", "negotiating", "published", "negotiating", "signed", "landed" };
        foreach (var status in moves)
        {
            using var moved = await town.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status, note = "→ " + status });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        var history = await town.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/history");
        var project = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.Equal("landed", project.GetProperty("status").GetString());
        Assert.Equal(["created", .. moves.Select(_ => "status-changed")], history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(moves, history.EnumerateArray().Skip(1).Select(e => e.GetProperty("toStatus").GetString()));
        Assert.Equal(moves.Length, await CountEventsAsync<ProjectStatusChanged>(id));
        Assert.Equal(1, await CountEventsAsync<ProjectPublished>(id));
        Assert.Equal(0, await CountEventsAsync<ProjectWithdrawn>(id));
        Assert.Equal(0, await CountEventsAsync<ProjectUpdated>(id));
    }

    [Fact]
    public async Task ChangeStatus_WhenJumpingFromDraftToSigned_Returns409AndChangesNothing()
    {
        var townId = await fixture.RegisterTownAsync("跳步");
        var town = TownClient(townId);
        var id = await CreateAsync(town, townId);

        using var response = await town.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "signed" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("project-status-transition", problem.GetProperty("rule").GetString());
        var project = await town.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.Equal("draft", project.GetProperty("status").GetString());
        Assert.Equal(0, await CountEventsAsync<ProjectStatusChanged>(id));
    }

    [Fact]
    public async Task Update_WhenByAnotherTown_Returns403AndByItsTownRecordsOneUpdatedEvent()
    {
        var townId = await fixture.RegisterTownAsync("编辑");
        var otherTownId = await fixture.RegisterTownAsync("他镇");
        var town = TownClient(townId);
        var id = await CreateAsync(town, townId);
        using (await town.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status = "published" }))
        {
        }

        using var foreign = await TownClient(otherTownId).PutAsJsonAsync($"/api/v1/projects/{id}", World.ProjectBody(otherTownId));
        using var own = await town.PutAsJsonAsync($"/api/v1/projects/{id}", World.ProjectBody(townId));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(1, await CountEventsAsync<ProjectUpdated>(id));
        var history = await town.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/history");
        Assert.Equal("updated", history.EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task GetProject_WhenDraft_IsVisibleOnlyToItsTown()
    {
        var townId = await fixture.RegisterTownAsync("草稿");
        var town = TownClient(townId);
        var id = await CreateAsync(town, townId);

        using var anonymous = await fixture.Gateway.GetAsync($"/api/v1/projects/{id}");
        using var owner = await town.GetAsync($"/api/v1/projects/{id}");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Theory]
    [InlineData("amountMinYuan", "{\"title\":\"t\",\"description\":\"d\",\"industry\":\"C33\",\"amountMinYuan\":1.005,\"amountMaxYuan\":2,\"cooperationModes\":[\"equity\"]}")]
    [InlineData("industry", "{\"title\":\"t\",\"description\":\"d\",\"industry\":\"X1\",\"amountMinYuan\":1,\"amountMaxYuan\":2,\"cooperationModes\":[\"equity\"]}")]
    [InlineData("amountMaxYuan", "{\"title\":\"t\",\"description\":\"d\",\"industry\":\"C33\",\"amountMinYuan\":5,\"amountMaxYuan\":2,\"cooperationModes\":[\"equity\"]}")]
    [InlineData("cooperationModes", "{\"title\":\"t\",\"description\":\"d\",\"industry\":\"C33\",\"amountMinYuan\":1,\"amountMaxYuan\":2,\"cooperationModes\":[\"barter\"]}")]
    [InlineData("title", "{\"title\":\"\",\"description\":\"d\",\"industry\":\"C33\",\"amountMinYuan\":1,\"amountMaxYuan\":2,\"cooperationModes\":[\"equity\"]}")]
    public async Task CreateProject_WhenFieldInvalid_Returns400NamingTheRestField(string field, string json)
    {
        var townId = await fixture.RegisterTownAsync("坏输入");
        var before = await CountProjectsAsync(townId);

        using var response = await TownClient(townId).PostAsync("/api/v1/projects", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await CountProjectsAsync(townId));
    }

    private HttpClient TownClient(string townId) => fixture.NewClient(TestTokens.Mint(
        fixture.System.Keys.Rsa,
        new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "town", ["town_id"] = townId }));

    private static async Task<string> CreateAsync(HttpClient town, string townId)
    {
        using var response = await town.PostAsJsonAsync("/api/v1/projects", World.ProjectBody(townId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // The outbox stores the contract's stable name, the URN MassTransit also puts on the wire.
    private Task<long> CountEventsAsync<TEvent>(string projectId)
        where TEvent : class =>
        TestDatabase.CountAsync(fixture.System.Database("towns"),
            "SELECT count(*) FROM outbox_messages WHERE payload->>'projectId' = $1 AND message_type = $2", projectId, MessageUrn.ForTypeString<TEvent>());

    private Task<long> CountProjectsAsync(string townId) =>
        TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(townId));
}
