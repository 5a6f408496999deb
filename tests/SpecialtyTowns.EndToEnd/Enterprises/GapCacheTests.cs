using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Enterprises;

/// <summary>
/// The gateway caches gap search and fillers (10 s); gap events clear them, so a change shows through the
/// gateway before an entry read just before it would have expired.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class GapCacheTests(SystemFixture fixture)
{
    /// <summary>Shorter than the cache's 10 s: seeing the change sooner proves the entry was cleared, not expired.</summary>
    private static readonly TimeSpan BeforeExpiry = TimeSpan.FromSeconds(9);

    private readonly EnterpriseWorld _world = new(fixture);

    private int _probe;

    [Fact]
    public async Task SearchChainGaps_WhenAGapIsPostedAfterTheSearchWasCached_ShowsItBeforeTheEntryWouldExpire()
    {
        var word = "缓存词" + Guid.NewGuid().ToString("N")[..8];
        var (town, townId, nodeId) = await TownWithNodeAsync();
        await EnterpriseWorld.IdOfCreatedAsync(town, "/api/v1/chain-gaps", Gap(townId, nodeId, word));
        await IndexedAsync(word, 1);
        var cachedAt = Stopwatch.StartNew();
        Assert.Equal(1, await TotalAsync($"/api/v1/chain-gaps?q={word}"));

        await EnterpriseWorld.IdOfCreatedAsync(town, "/api/v1/chain-gaps", Gap(townId, nodeId, word));
        await IndexedAsync(word, 2);

        await Eventually.TrueAsync(async () => await TotalAsync($"/api/v1/chain-gaps?q={word}") == 2, BeforeExpiry - cachedAt.Elapsed, "the new gap through the cached search");
    }

    [Fact]
    public async Task FindGapFillers_WhenTheGapIsWithdrawnAfterItsFillersWereCached_Answers404BeforeTheEntryWouldExpire()
    {
        var (town, townId, nodeId) = await TownWithNodeAsync();
        var id = await EnterpriseWorld.IdOfCreatedAsync(town, "/api/v1/chain-gaps", Gap(townId, nodeId, "缓存补链"));
        var cachedAt = Stopwatch.StartNew();
        using (var cached = await fixture.Gateway.GetAsync($"/api/v1/chain-gaps/{id}/fillers"))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        using var withdrawn = await town.PostAsJsonAsync($"/api/v1/chain-gaps/{id}/status", new { status = "withdrawn" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await Eventually.TrueAsync(
            async () =>
            {
                using var response = await fixture.Gateway.GetAsync($"/api/v1/chain-gaps/{id}/fillers");
                return response.StatusCode == HttpStatusCode.NotFound;
            },
            BeforeExpiry - cachedAt.Elapsed,
            "the withdrawn gap's fillers gone from the cache");
    }

    private static object Gap(string townId, string nodeId, string word)
    {
        var body = JsonSerializer.SerializeToNode(World.ChainGapBody(townId, nodeId), JsonSerializerOptions.Web)!.AsObject();
        body["keywords"] = new System.Text.Json.Nodes.JsonArray(word);
        return body;
    }

    private async Task<(HttpClient Town, string TownId, string NodeId)> TownWithNodeAsync()
    {
        var (townId, enterpriseId) = await _world.TownWithEnterpriseAsync("缓存");
        return (_world.Town(townId), townId, await _world.NodeAsync(townId, enterpriseId));
    }

    /// <summary>Waits until the index has <paramref name="total"/> gaps of the word, asking with a query string no one cached.</summary>
    private Task IndexedAsync(string word, int total) => Eventually.TrueAsync(
        async () => await TotalAsync($"/api/v1/chain-gaps?q={word}&pageSize={20 + Interlocked.Increment(ref _probe)}") == total,
        TimeSpan.FromSeconds(30),
        $"{total} gaps of {word} in the index");

    private async Task<int> TotalAsync(string path) =>
        (await fixture.Gateway.GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt32();
}
