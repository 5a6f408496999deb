using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;

namespace SpecialtyTowns.EndToEnd.Enterprises;

/// <summary>The chain map and chain node routes through the gateway, on the real services.</summary>
[Collection(SystemCollection.Name)]
public sealed class ChainRoutesTests(SystemFixture fixture)
{
    private readonly EnterpriseWorld _world = new(fixture);

    [Fact]
    public async Task GetTownChain_WhenTownHasNodesEnterprisesGapsAndProjects_AnswersTheMapInOneCall()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("链图");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var gapId = await EnterpriseWorld.IdOfCreatedAsync(_world.Town(townId), "/api/v1/chain-gaps", World.ChainGapBody(townId, nodeId));
        var projectId = await EnterpriseWorld.IdOfCreatedAsync(fixture.Admin, "/api/v1/projects", World.ProjectBody(townId));
        using (await fixture.Admin.PostAsJsonAsync($"/api/v1/projects/{projectId}/status", new { status = "published" }))
        {
        }

        var chain = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/chain");

        Assert.Equal(townId, chain.GetProperty("townId").GetString());
        var node = Assert.Single(chain.GetProperty("nodes").EnumerateArray());
        Assert.Equal(nodeId, node.GetProperty("id").GetString());
        Assert.Equal("midstream", node.GetProperty("position").GetString());
        Assert.Equal("weak", node.GetProperty("status").GetString());
        Assert.Equal([enterpriseId], node.GetProperty("enterpriseIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, node.GetProperty("openGapCount").GetInt32());
        var enterprise = Assert.Single(chain.GetProperty("enterprises").EnumerateArray());
        Assert.Equal(enterpriseId, enterprise.GetProperty("id").GetString());
        Assert.Empty(enterprise.GetProperty("contacts").EnumerateArray());
        Assert.Equal(1, chain.GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(gapId, Assert.Single(chain.GetProperty("openGaps").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(projectId, Assert.Single(chain.GetProperty("projects").EnumerateArray()).GetProperty("id").GetString());
        Assert.NotEqual(JsonValueKind.Null, chain.GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task GetTownChain_WhenTownUnknown_Answers404()
    {
        using var response = await fixture.Gateway.GetAsync($"/api/v1/towns/{Guid.NewGuid()}/chain");

        await EnterpriseWorld.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddChainNode_WhenAnotherTownsChain_Answers403AndStoresNothing()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("链主");
        var otherTown = await _world.TownAsync("越权链");

        using var response = await _world.Town(otherTown).PostAsJsonAsync($"/api/v1/towns/{townId}/chain/nodes", World.ChainNodeBody(enterpriseId));

        await EnterpriseWorld.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM chain_nodes WHERE town_id = ANY($1)", new[] { Guid.Parse(townId), Guid.Parse(otherTown) }));
    }

    [Fact]
    public async Task ReplaceChainNode_WhenExpectedVersionStaleOrAnotherTown_Answers412Or403AndKeepsTheNode()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("节点版本");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);
        var town = _world.Town(townId);
        var version = (await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/chain")).GetProperty("nodes")[0].GetProperty("version").GetInt32();
        using var current = await town.PutAsJsonAsync($"/api/v1/chain-nodes/{nodeId}", NodeBody(enterpriseId, "complete", version));

        using var stale = await town.PutAsJsonAsync($"/api/v1/chain-nodes/{nodeId}", NodeBody(enterpriseId, "broken", version));
        using var foreign = await _world.Town(await _world.TownAsync("他镇节点")).PutAsJsonAsync($"/api/v1/chain-nodes/{nodeId}", NodeBody(enterpriseId, "missing", 0));

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var problem = await EnterpriseWorld.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        await EnterpriseWorld.ProblemAsync(foreign, HttpStatusCode.Forbidden);
        var chain = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/towns/{townId}/chain");
        Assert.Equal("complete", Assert.Single(chain.GetProperty("nodes").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task RemoveChainNode_WhenNoOpenGapPointsAtIt_Answers204AndTheNodeIsGone()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("删节点");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);

        using var removed = await _world.Town(townId).DeleteAsync($"/api/v1/chain-nodes/{nodeId}");
        using var again = await _world.Town(townId).PutAsJsonAsync($"/api/v1/chain-nodes/{nodeId}", NodeBody(enterpriseId, "weak", 0));

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await EnterpriseWorld.ProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Equal(0, await _world.CountAsync("SELECT count(*) FROM chain_nodes WHERE id = $1", Guid.Parse(nodeId)));
    }

    [Fact]
    public async Task RemoveChainNode_WhenAnotherTownsNode_Answers403AndKeepsIt()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("留节点");
        var nodeId = await _world.NodeAsync(townId, enterpriseId);

        using var response = await _world.Town(await _world.TownAsync("删他镇")).DeleteAsync($"/api/v1/chain-nodes/{nodeId}");

        await EnterpriseWorld.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(1, await _world.CountAsync("SELECT count(*) FROM chain_nodes WHERE id = $1", Guid.Parse(nodeId)));
    }

    private static object NodeBody(string enterpriseId, string status, int expectedVersion) => new
    {
        chain = "法兰 flanges",
        position = "midstream",
        name = "锻造 forging",
        products = new[] { "法兰毛坯" },
        status,
        enterpriseIds = new[] { enterpriseId },
        evidence = "测试 test",
        expectedVersion,
    };
}
