using Microsoft.Extensions.Logging.Abstractions;
using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests.Hosting;

public sealed class SearchIndexFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-index-folder-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Constructor_WhenCalled_CreatesAFolderOfThisProcessUnderTheRoot()
    {
        using var folder = new SearchIndexFolder(_root, NullLogger<SearchIndexFolder>.Instance);

        Assert.True(Directory.Exists(folder.Path));
        Assert.Equal(_root, Path.GetDirectoryName(folder.Path));
        Assert.StartsWith($"{Environment.ProcessId}-", Path.GetFileName(folder.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAnotherReplicaDied_DeletesItsFolderButKeepsLiveOnes()
    {
        // Process ids are at most 2^22 on Linux, so this one cannot be running.
        var abandoned = Directory.CreateDirectory(Path.Combine(_root, $"{int.MaxValue}-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "old segment");
        using var live = new SearchIndexFolder(_root, NullLogger<SearchIndexFolder>.Instance);

        using var second = new SearchIndexFolder(_root, NullLogger<SearchIndexFolder>.Instance);

        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(live.Path));
        Assert.NotEqual(live.Path, second.Path);
    }

    [Fact]
    public void Constructor_WhenAFolderHasThisProcessIdButIsNotOurs_DeletesIt()
    {
        // What a restarted container finds: its process id is the same as in its previous life.
        var previousLife = Directory.CreateDirectory(Path.Combine(_root, $"{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;

        using var folder = new SearchIndexFolder(_root, NullLogger<SearchIndexFolder>.Instance);

        Assert.False(Directory.Exists(previousLife));
        Assert.True(Directory.Exists(folder.Path));
    }

    [Fact]
    public void Dispose_WhenTheIndexWroteFiles_DeletesTheFolder()
    {
        var folder = new SearchIndexFolder(_root, NullLogger<SearchIndexFolder>.Instance);
        using (var index = new SearchIndex<Article>(ArticleSchema.Instance, folder.Path))
        {
            index.Upsert(Articles.Make("folder", "光伏电站并网发电"));
            Assert.NotEmpty(Directory.EnumerateFiles(folder.Path));
        }

        folder.Dispose();

        Assert.False(Directory.Exists(folder.Path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
