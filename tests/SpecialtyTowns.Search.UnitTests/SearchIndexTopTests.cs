using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

/// <summary><see cref="SearchIndex{TDocument}.Top"/>: the pages of a search laid end to end, in one pass.</summary>
public sealed class SearchIndexTopTests
{
    [Fact]
    public void Top_WhenFilteredAndDeeperThanAPage_IsTheSearchsPagesLaidEndToEnd()
    {
        // Equal scores on many documents: only the sort's tie-breaks order them, so a difference would show.
        using var index = Articles.InMemory([.. Enumerable.Range(0, 40).Select(i => Articles.Make(
            $"a{i:D2}", i % 3 == 0 ? "光伏电站并网发电" : "光伏电站", section: Sections(i), daysAfterEpoch: i % 7))]);
        var query = new SearchQuery { Text = "光伏", Filters = new Dictionary<string, string> { [ArticleSchema.Section] = "news" }, PageSize = 5 };
        var pages = Enumerable.Range(1, 4).SelectMany(page => index.Search(query with { Page = page }).Items).ToList();

        var top = index.Top(query, 20, [ArticleSchema.AuthorField]);

        Assert.Equal(pages.Select(h => (h.Id, h.Score)), top.Select(h => (h.Id, h.Score)));
        Assert.All(top, h => Assert.Equal("王记者", h.Fields[ArticleSchema.AuthorField]));
        Assert.All(top, h => Assert.Null(h.Highlight));
    }

    [Fact]
    public void Top_WhenAFilterValueOccursNowhere_FindsNothing()
    {
        using var index = Articles.InMemory(Articles.Make("a", "光伏电站", section: "news"));
        var query = new SearchQuery { Text = "光伏", Filters = new Dictionary<string, string> { [ArticleSchema.Section] = "sport" } };

        var top = index.Top(query, 10, []);

        Assert.Empty(top);
    }

    private static string Sections(int i) => ArticleSchema.Sections[i % 4 == 3 ? 1 : 0];
}
