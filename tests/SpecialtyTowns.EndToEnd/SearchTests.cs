using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class SearchTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("法兰", "定襄法兰专业镇")]
    [InlineData("玻璃", "祁县玻璃器皿专业镇")]
    [InlineData("hydrogen", "孝义氢能专业镇")]
    [InlineData("vinegar", "清徐老陈醋专业镇")]
    public async Task SearchTowns_OnTheRealSeedData_RanksTheRightTownFirst(string query, string expected)
    {
        var result = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={Uri.EscapeDataString(query)}");

        var first = result.GetProperty("items").EnumerateArray().First();
        Assert.Equal(expected, first.GetProperty("name").GetString());
        Assert.True(result.GetProperty("facets").TryGetProperty("category", out _));
    }

    [Theory]
    [InlineData("glass vinegar")]
    [InlineData("玻璃 醋")]
    public async Task SearchTowns_WhenEachWordFindsADifferentSeedTown_AnswersBothAsPartial(string query)
    {
        var result = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={Uri.EscapeDataString(query)}");

        var names = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.True(result.GetProperty("partial").GetBoolean());
        Assert.Equal(2, result.GetProperty("totalWords").GetInt32());
        Assert.Contains("祁县玻璃器皿专业镇", names);
        Assert.Contains("清徐老陈醋专业镇", names);
    }

    [Fact]
    public async Task SearchTowns_WhenATownHasEveryWord_AnswersNotPartial()
    {
        var result = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/towns?q={Uri.EscapeDataString("玻璃 祁县")}");

        Assert.False(result.GetProperty("partial").GetBoolean());
        Assert.Equal("祁县玻璃器皿专业镇", result.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Answers_WhenTheyHoldChinese_WriteItAsIsAndEscapeHtml()
    {
        // Search goes out as the cache's own JSON bytes, a town through ASP.NET Core's serializer: both must write
        // Chinese as is (the cache's bytes once carried \uXXXX escapes, twice the size).
        var search = await fixture.Gateway.GetStringAsync($"/api/v1/towns?q={Uri.EscapeDataString("法兰")}");
        var townId = await fixture.RegisterTownAsync("编码");
        var town = await fixture.Gateway.GetStringAsync($"/api/v1/towns/{townId}");

        Assert.Contains("定襄法兰专业镇", search, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", search, StringComparison.Ordinal);
        Assert.Contains("\"编码", town, StringComparison.Ordinal);
        Assert.Contains("法兰 flanges", town, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_WhenTypingAChinesePrefix_OfferTheTown()
    {
        var suggestions = await fixture.Gateway.GetFromJsonAsync<string[]>($"/api/v1/search/suggestions?prefix={Uri.EscapeDataString("法")}");

        Assert.Contains("定襄法兰专业镇", suggestions!);
    }

    [Fact]
    public async Task SearchProjects_FollowsPublicationAndWithdrawal_AndNeverShowsDrafts()
    {
        var word = "铸件" + Guid.NewGuid().ToString("N")[..6];
        var townId = await fixture.RegisterTownAsync("搜索");
        var id = await CreateProjectAsync(townId, word);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var whileDraft = await TotalAsync(word);

        await MoveAsync(id, "published");
        await Eventually.TrueAsync(async () => await TotalAsync(word) == 1, TimeSpan.FromSeconds(30), "the published project in search");
        var found = await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q={Uri.EscapeDataString(word)}");
        await MoveAsync(id, "withdrawn");
        await Eventually.TrueAsync(async () => await TotalAsync(word) == 0, TimeSpan.FromSeconds(30), "the withdrawn project to leave search");

        Assert.Equal(0, whileDraft);
        var hit = found.GetProperty("items")[0];
        Assert.Equal(id, hit.GetProperty("id").GetString());
        Assert.Contains("<em>", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, found.GetProperty("facets").GetProperty("status").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "published").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SearchIndex_OfAReplicaThatWasDownWhileEventsArrived_CatchesUpWhenItRestarts()
    {
        var townId = await fixture.RegisterTownAsync("副本");
        var (replica, grpc) = await fixture.System.StartServiceReplicaAsync("towns");
        await using (replica)
        {
            using var channel = GrpcChannel.ForAddress(grpc);
            var replicaSearch = new ProjectsService.ProjectsServiceClient(channel);
            var live = "在线" + Guid.NewGuid().ToString("N")[..6];
            var missed = "错过" + Guid.NewGuid().ToString("N")[..6];

            await MoveAsync(await CreateProjectAsync(townId, live), "published");
            await Eventually.TrueAsync(async () => await ReplicaTotalAsync(replicaSearch, live) == 1, TimeSpan.FromSeconds(30), "the running replica to follow the event");
            await replica.KillAsync();
            await MoveAsync(await CreateProjectAsync(townId, missed), "published");
            await replica.StartAsync(TimeSpan.FromSeconds(90));

            Assert.Equal(1, await ReplicaTotalAsync(replicaSearch, missed));
            Assert.Equal(1, await ReplicaTotalAsync(replicaSearch, live));
        }
    }

    private async Task<int> ReplicaTotalAsync(ProjectsService.ProjectsServiceClient search, string word) =>
        (await search.SearchProjectsAsync(new SearchRequest { Kind = "project", Text = word }, fixture.AdminMetadata)).Total;

    private async Task<int> TotalAsync(string word) =>
        (await fixture.Gateway.GetFromJsonAsync<JsonElement>($"/api/v1/projects?q={Uri.EscapeDataString(word)}")).GetProperty("total").GetInt32();

    private async Task<string> CreateProjectAsync(string townId, string word)
    {
        var body = new
        {
            townId,
            title = $"{word}精密铸造扩产项目",
            description = $"建设{word}生产线，配套热处理与机加工。",
            industry = "C33",
            amountMinYuan = 20_000_000m,
            amountMaxYuan = 80_000_000m,
            cooperationModes = new[] { "equity" },
        };
        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/projects", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task MoveAsync(string id, string status)
    {
        using var response = await fixture.Admin.PostAsJsonAsync($"/api/v1/projects/{id}/status", new { status });
        response.EnsureSuccessStatusCode();
    }
}
