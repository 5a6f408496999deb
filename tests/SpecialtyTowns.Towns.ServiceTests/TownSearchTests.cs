using Grpc.Core;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>
/// The search RPCs (ProjectsService.SearchProjects and Suggest, TownsService.SearchTowns). The
/// index follows the service's own events through the broker, so what a test creates shows up
/// eventually, not at once.
/// </summary>
[Collection(TownsCollection.Name)]
public sealed class TownSearchTests(TownsHost host)
{
    private static readonly TimeSpan IndexDelay = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Search_WhenProjectPublished_FindsItByAWordOfItsTitle()
    {
        var word = TownsData.UniqueWord();
        var (town, _, project) = await host.PublishedProjectAsync("醋产业园 " + word);
        var search = host.Projects(TestCaller.Anonymous());

        var response = await Eventually.GetAsync(
            async () => (await search.SearchProjectsAsync(new SearchRequest { Kind = "project", Text = word })) is { Total: > 0 } found ? found : null,
            IndexDelay,
            "the published project in the index");

        var hit = Assert.Single(response.Hits);
        Assert.Equal(project.Id, hit.Id);
        Assert.Equal("project", hit.Kind);
        Assert.Equal(project.Content.Title, hit.Title);
        Assert.Equal(town.Id, hit.TownId);
        Assert.Equal(town.Name, hit.TownName);
        Assert.Contains(response.Facets, f => f.Name == "industry");
    }

    [Fact]
    public async Task Search_WhenProjectOnlyDrafted_DoesNotFindIt()
    {
        var word = TownsData.UniqueWord();
        await host.DraftProjectAsync("醋产业园 " + word);
        var (_, _, marker) = await host.PublishedProjectAsync("醋产业园 " + word + "x");
        var search = host.Projects(TestCaller.Anonymous());
        await Eventually.TrueAsync(
            async () => (await search.SearchProjectsAsync(new SearchRequest { Kind = "project", Text = word + "x" })).Total > 0,
            IndexDelay,
            "the marker project in the index");

        var response = await search.SearchProjectsAsync(new SearchRequest { Kind = "project", Text = word });

        Assert.DoesNotContain(response.Hits, h => h.Id != marker.Id);
    }

    [Fact]
    public async Task SearchTowns_WhenTownRegistered_FindsTheTown()
    {
        var request = TownsData.Registration();
        var word = TownsData.UniqueWord();
        request.Facts.Add(word);
        var town = await host.Towns(TestCaller.Admin()).RegisterTownAsync(request);
        var search = host.Towns(TestCaller.Investor());

        var response = await Eventually.GetAsync(
            async () => (await search.SearchTownsAsync(new SearchRequest { Text = word })) is { Total: > 0 } found ? found : null,
            IndexDelay,
            "the registered town in the index");

        var hit = Assert.Single(response.Hits);
        Assert.Equal(town.Id, hit.Id);
        Assert.Equal("town", hit.Kind);
    }

    [Fact]
    public async Task SearchTowns_WhenNoTownHasEveryWord_AnswersTheTownsOfEachWordAsPartial()
    {
        var (first, second) = (TownsData.UniqueWord(), TownsData.UniqueWord());
        var admin = host.Towns(TestCaller.Admin());
        var ids = new List<string>();
        foreach (var word in new[] { first, second })
        {
            var request = TownsData.Registration();
            request.Facts.Add(word);
            ids.Add((await admin.RegisterTownAsync(request)).Id);
        }

        var search = host.Towns(TestCaller.Anonymous());

        var response = await Eventually.GetAsync(
            async () => (await search.SearchTownsAsync(new SearchRequest { Text = $"{first} {second}" })) is { Total: 2 } found ? found : null,
            IndexDelay,
            "both towns in the index");

        Assert.True(response.Partial);
        Assert.Equal(2, response.TotalWords);
        Assert.Equal(ids.Order(StringComparer.Ordinal), response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(response.Hits, h => Assert.Equal(1, h.MatchedWords));
    }

    [Fact]
    public async Task Suggest_WhenProjectPublished_SuggestsItsTitle()
    {
        var word = TownsData.UniqueWord();
        await host.PublishedProjectAsync(word + " 产业园");
        var search = host.Projects(TestCaller.Anonymous());

        var response = await Eventually.GetAsync(
            async () => (await search.SuggestAsync(new SuggestRequest { Prefix = word[..8], Max = 5 })) is { Suggestions.Count: > 0 } found ? found : null,
            IndexDelay,
            "a suggestion from the published project");

        Assert.Contains(response.Suggestions, s => s.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_WhenParametersInvalid_FailsInvalidArgumentNamingThem()
    {
        var search = host.Projects(TestCaller.Anonymous());

        await RpcAssert.InvalidArgumentAsync(() => search.SearchProjectsAsync(new SearchRequest { PageSize = 1000 }).ResponseAsync, "page_size");
        await RpcAssert.InvalidArgumentAsync(() => search.SearchProjectsAsync(new SearchRequest { Kind = "castle" }).ResponseAsync, "kind");
    }

    [Fact]
    public async Task Search_WithoutToken_FailsUnauthenticated()
    {
        await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => host.Projects(null).SearchProjectsAsync(new SearchRequest { Text = "醋" }).ResponseAsync);
    }
}
