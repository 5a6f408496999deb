using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

/// <summary>Text, highlighting, stored fields, sorts and paging through a schema that is no service's.</summary>
public sealed class SearchIndexQueryTests(ArticleIndexFixture articles) : IClassFixture<ArticleIndexFixture>
{
    [Fact]
    public void Search_WhenTheTextIsInSomeHeadlinesAndABody_RanksTheHeadlinesFirst()
    {
        var query = new SearchQuery { Text = "光伏" };

        var result = articles.Index.Search(query);

        Assert.Equal(3, result.Total);
        Assert.Equal("wind", result.Items[^1].Id);
    }

    [Fact]
    public void Search_WhenAnEnglishWordIsInflected_MatchesItsStemInTheEnglishFields()
    {
        var query = new SearchQuery { Text = "panel" };

        var result = articles.Index.Search(query);

        Assert.Equal(["modules", "solar-grid"], result.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_WhenTextMatches_HighlightsItAndReturnsTheStoredFields()
    {
        var query = new SearchQuery { Text = "剪纸" };

        var hit = Assert.Single(articles.Index.Search(query).Items);

        Assert.Equal("paper-cut", hit.Id);
        Assert.Equal("非遗<em>剪纸</em>展览", hit.Highlight);
        Assert.Equal("王记者", hit.Fields[ArticleSchema.AuthorField]);
        Assert.Equal("Paper-cutting exhibition", hit.Fields[ArticleSchema.HeadlineEn]);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Search_WithoutTextUnderTheDefaultSort_OrdersByTheSortsOtherKeys()
    {
        var query = new SearchQuery();

        var result = articles.Index.Search(query);

        Assert.Null(result.Items[0].Highlight);
        Assert.Equal(articles.All.OrderByDescending(a => a.PublishedAt).Select(a => a.Id), result.Items.Select(i => i.Id));
    }

    [Fact]
    public void Search_WhenSortedByAValueSomeDocumentsLack_PutsThemLast()
    {
        var query = new SearchQuery { Sort = ArticleSchema.Longest };

        var result = articles.Index.Search(query);

        Assert.Equal(["paper-cut", "solar-grid", "wind", "storage", "modules", "final"], result.Items.Select(i => i.Id));
    }

    [Fact]
    public void Search_WhenPagingThroughEverything_ReturnsEachDocumentOnce()
    {
        var first = articles.Index.Search(new SearchQuery { PageSize = 4 });
        var second = articles.Index.Search(new SearchQuery { PageSize = 4, Page = 2 });

        var ids = first.Items.Concat(second.Items).Select(i => i.Id).ToList();

        Assert.Equal(4, first.Items.Count);
        Assert.Equal(articles.All.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(articles.All.Count, second.Total);
    }
}
