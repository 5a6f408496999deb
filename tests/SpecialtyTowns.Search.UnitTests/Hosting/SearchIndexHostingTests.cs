using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests.Hosting;

public sealed class SearchIndexHostingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-hosting-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddSearchIndex_WhenTheHostStarts_RebuildsFromTheLoaderThenReportsReady()
    {
        using var host = Host(inMemory: true);
        var state = host.Services.GetRequiredService<SearchIndexState<Article>>();
        var before = await ReadinessAsync(host);

        await host.StartAsync();
        await state.WaitUntilBuiltAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HealthStatus.Unhealthy, before);
        Assert.Equal(HealthStatus.Healthy, await ReadinessAsync(host));
        Assert.Equal(ListLoader.Stored.Count, host.Services.GetRequiredService<SearchIndex<Article>>().Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddSearchIndex_WhenNotInMemory_KeepsTheIndexInAFolderOfItsOwnDeletedAtShutdown()
    {
        using (var host = Host(inMemory: false))
        {
            await host.StartAsync();
            await host.Services.GetRequiredService<SearchIndexState<Article>>().WaitUntilBuiltAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

            var folder = Assert.Single(Directory.EnumerateDirectories(_root));
            Assert.NotEmpty(Directory.EnumerateFiles(folder));
            await host.StopAsync();
        }

        Assert.Empty(Directory.EnumerateDirectories(_root));
    }

    [Fact]
    public async Task ApplyAsync_BeforeTheRebuildIsDone_WaitsForItBeforeReadingChanges()
    {
        using var index = Articles.InMemory();
        var state = new SearchIndexState<Article>();
        var updates = new SearchIndexUpdates<Article>(index, state);
        var read = false;

        var applying = updates.ApplyAsync(
            _ =>
            {
                read = true;
                return Task.FromResult(SearchIndexChanges<Article>.Upsert([Articles.Make("late", "储能电站")]));
            },
            CancellationToken.None);
        await Task.Delay(100);
        var readEarly = read;
        state.MarkBuilt();
        await applying;

        Assert.False(readEarly);
        Assert.Equal("late", Assert.Single(index.Search(new SearchQuery()).Items).Id);
    }

    [Fact]
    public async Task ApplyAsync_WithDeletes_RemovesThoseDocuments()
    {
        using var index = Articles.InMemory([.. ListLoader.Stored]);
        var state = new SearchIndexState<Article>();
        state.MarkBuilt();
        var updates = new SearchIndexUpdates<Article>(index, state);

        await updates.ApplyAsync(_ => Task.FromResult(SearchIndexChanges<Article>.Delete("one")), CancellationToken.None);

        Assert.Equal("two", Assert.Single(index.Search(new SearchQuery()).Items).Id);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<HealthStatus> ReadinessAsync(IHost host) =>
        (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status;

    private IHost Host(bool inMemory)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:InMemory"] = inMemory ? "true" : "false",
            ["Search:IndexRoot"] = _root,
        });
        builder.AddSearchIndex<Article, ListLoader>("articles", ArticleSchema.Instance);
        return builder.Build();
    }
}
