using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

public sealed class SearchIndexWriteTests : IDisposable
{
    private readonly SearchIndex<Article> _index = Articles.InMemory(Articles.Make("a", "光伏电站"), Articles.Make("b", "风电项目"));

    [Fact]
    public void Upsert_WhenTheIdExists_ReplacesTheDocument()
    {
        _index.Upsert(Articles.Make("a", "储能电站"));

        Assert.Equal(2, _index.Count);
        Assert.Equal(0, _index.Search(new SearchQuery { Text = "光伏" }).Total);
        Assert.Equal("a", Assert.Single(_index.Search(new SearchQuery { Text = "储能" }).Items).Id);
    }

    [Fact]
    public void Delete_ByTheSchemasId_RemovesTheDocumentAndIgnoresAnUnknownOne()
    {
        _index.Delete("b");
        _index.Delete("missing");

        Assert.Equal("a", Assert.Single(_index.Search(new SearchQuery()).Items).Id);
    }

    [Fact]
    public void Rebuild_WhenTwoDocumentsShareAnId_ChangesNothing()
    {
        var rebuild = () => _index.Rebuild([Articles.Make("c", "篮球"), Articles.Make("c", "足球")]);

        Assert.Throws<ArgumentException>(rebuild);
        Assert.Equal(["a", "b"], _index.Search(new SearchQuery()).Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rebuild_WhenADocumentIsInvalid_KeepsTheOldContent()
    {
        var rebuild = () => _index.Rebuild([Articles.Make("c", "篮球"), Articles.Make("d", "足球", section: "weather")]);

        Assert.ThrowsAny<ArgumentException>(rebuild);
        Assert.Equal(2, _index.Count);
        Assert.Equal(0, _index.Search(new SearchQuery { Text = "篮球" }).Total);
    }

    public void Dispose() => _index.Dispose();
}
