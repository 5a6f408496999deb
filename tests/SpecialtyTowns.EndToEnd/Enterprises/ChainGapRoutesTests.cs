using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;

namespace SpecialtyTowns.EndToEnd.Enterprises;

/// <summary>The chain gap routes through the gateway, on the real services.</summary>
[Collection(SystemCollection.Name)]
public sealed class ChainGapRoutesTests(SystemFixture fixture)
{
    private readonly EnterpriseWorld _world = new(fixture);

    [Fact]
    public async Task PostChainGap_WhenTownPostsAtItsNodeAndMovesIt_ReadsBackWithHistoryAndInItsLists()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("缺口");
        var (_, fillerId) = await _world.TownWithEnterpriseAsync("补链方");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var town = _world.Town(townId);

        var id = await EnterpriseWorld.IdOfCreatedAsync(town, "/api/v1/chain-gaps", World.ChainGapBody(townId, nodeId));
        using var talks = await town.PostAsJsonAsync($"/api/v1/chain-gaps/{id}/status", new { status = "in-talks", note = "首轮洽谈" });
        using var filled = await town.PostAsJsonAsync($"/api/v1/chain-gaps/{id}/status", new { status = "filled", filledByEnterpriseId = fillerId });
        var gap = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/chain-gaps/{id}");
        var history = await town.GetFromJsonAsync<JsonElement>($"/api/v1/chain-gaps/{id}/history");
        using var visitorHistory = await fixture.Gateway.GetAsync($"/api/v1/chain-gaps/{id}/history");
        var list = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/chain-gaps");

        Assert.Equal(HttpStatusCode.OK, talks.StatusCode);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, visitorHistory.StatusCode);
        Assert.Equal("filled", gap.GetProperty("status").GetString());
        Assert.Equal(fillerId, gap.GetProperty("filledByEnterpriseId").GetString());
        Assert.Equal(nodeId, gap.GetProperty("chainNodeId").GetString());
        Assert.Equal(5000m, gap.GetProperty("yearlyVolume").GetDecimal());
        Assert.Equal("吨/年", gap.GetProperty("volumeUnit").GetString());
        Assert.Equal("C33", gap.GetProperty("industryCode").GetString());
        Assert.Equal(World.InDays(180), gap.GetProperty("deadline").GetString());
        Assert.Empty(gap.GetProperty("nextStatuses").EnumerateArray());
        Assert.Equal(["in-talks", "filled"], history.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "status").Select(e => e.GetProperty("toStatus").GetString()));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), g => g.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task PostChainGap_WhenEnterprisePostsForItself_IsListedUnderTheEnterprise()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("企业缺口");

        var id = await EnterpriseWorld.IdOfCreatedAsync(_world.Enterprise(enterpriseId), "/api/v1/chain-gaps", World.ChainGapBody(townId, null));
        var list = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{enterpriseId}/chain-gaps");

        var listed = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.Equal(enterpriseId, listed.GetProperty("enterpriseId").GetString());
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("chainNodeId")]
    [InlineData("yearlyVolume")]
    [InlineData("title")]
    [InlineData("deadline")]
    public async Task PostChainGap_WhenFieldIsBad_Answers400NamingItAndStoresNothing(string field)
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("坏缺口");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var body = JsonSerializer.SerializeToNode(World.ChainGapBody(townId, nodeId), JsonSerializerOptions.Web)!.AsObject();
        body[field] = field switch
        {
            "chainNodeId" => Guid.NewGuid().ToString(),
            "yearlyVolume" => -1,
            "title" => new string('缺', 5_000),
            _ => "2023-13-45",
        };

        using var response = await _world.Town(townId).PostAsJsonAsync("/api/v1/chain-gaps", body);

        await EnterpriseWorld.AssertNamesFieldAsync(response, field);
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = $1", Guid.Parse(townId)));
    }

    [Fact]
    public async Task PostChainGap_WhenTheBodyNamesAnUnknownTown_Answers400NamingTownIdAndStoresNothing()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("无名镇缺口");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var unknown = Guid.NewGuid().ToString();

        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/chain-gaps", World.ChainGapBody(unknown, nodeId));

        await EnterpriseWorld.AssertNamesFieldAsync(response, "townId");
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM chain_gaps WHERE town_id = ANY($1)", new[] { Guid.Parse(unknown), Guid.Parse(townId) }));
    }

    [Fact]
    public async Task ReplaceChainGap_WhenAnotherTownOrAnEnterpriseThatDidNotPostIt_Answers403AndChangesNothing()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("守缺口");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var id = await EnterpriseWorld.IdOfCreatedAsync(_world.Town(townId), "/api/v1/chain-gaps", World.ChainGapBody(townId, nodeId));
        var version = (await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/chain-gaps/{id}")).GetProperty("version").GetInt32();
        var otherTown = await _world.TownAsync("改缺口");
        var changed = World.ChainGapBody(otherTown, nodeId);

        using var foreignTown = await _world.Town(otherTown).PutAsJsonAsync($"/api/v1/chain-gaps/{id}", changed);
        using var enterprise = await _world.Enterprise(enterpriseId).PutAsJsonAsync($"/api/v1/chain-gaps/{id}", changed);
        using var status = await _world.Town(otherTown).PostAsJsonAsync($"/api/v1/chain-gaps/{id}/status", new { status = "withdrawn" });

        await EnterpriseWorld.ProblemAsync(foreignTown, HttpStatusCode.Forbidden);
        await EnterpriseWorld.ProblemAsync(enterprise, HttpStatusCode.Forbidden);
        await EnterpriseWorld.ProblemAsync(status, HttpStatusCode.Forbidden);
        var gap = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/chain-gaps/{id}");
        Assert.Equal("open", gap.GetProperty("status").GetString());
        Assert.Equal(version, gap.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task GapWrites_WhenExpectedVersionStale_Answer412AndChangeNothing()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("缺口版本");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var town = _world.Town(townId);
        var id = await EnterpriseWorld.IdOfCreatedAsync(town, "/api/v1/chain-gaps", World.ChainGapBody(townId, nodeId));
        var version = (await town.GetFromJsonAsync<JsonElement>($"/api/v1/chain-gaps/{id}")).GetProperty("version").GetInt32();
        using var current = await town.PostAsJsonAsync($"/api/v1/chain-gaps/{id}/status", new { status = "in-talks", expectedVersion = version });

        using var staleStatus = await town.PostAsJsonAsync($"/api/v1/chain-gaps/{id}/status", new { status = "withdrawn", expectedVersion = version });
        var staleBody = JsonSerializer.SerializeToNode(World.ChainGapBody(townId, nodeId), JsonSerializerOptions.Web)!.AsObject();
        staleBody["expectedVersion"] = version;
        using var staleReplace = await town.PutAsJsonAsync($"/api/v1/chain-gaps/{id}", staleBody);

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("stale-version", (await EnterpriseWorld.ProblemAsync(staleStatus, HttpStatusCode.PreconditionFailed)).GetProperty("rule").GetString());
        Assert.Equal("stale-version", (await EnterpriseWorld.ProblemAsync(staleReplace, HttpStatusCode.PreconditionFailed)).GetProperty("rule").GetString());
        var gap = await town.GetFromJsonAsync<JsonElement>($"/api/v1/chain-gaps/{id}");
        Assert.Equal("in-talks", gap.GetProperty("status").GetString());
        Assert.Equal(version + 1, gap.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task GapRoutes_WhenGapUnknown_Answer404()
    {
        var unknown = Guid.NewGuid();

        using var get = await fixture.Gateway.GetAsync($"/api/v1/chain-gaps/{unknown}");
        using var history = await fixture.Admin.GetAsync($"/api/v1/chain-gaps/{unknown}/history");
        using var status = await fixture.Admin.PostAsJsonAsync($"/api/v1/chain-gaps/{unknown}/status", new { status = "in-talks" });

        await EnterpriseWorld.ProblemAsync(get, HttpStatusCode.NotFound);
        await EnterpriseWorld.ProblemAsync(history, HttpStatusCode.NotFound);
        await EnterpriseWorld.ProblemAsync(status, HttpStatusCode.NotFound);
    }
}
