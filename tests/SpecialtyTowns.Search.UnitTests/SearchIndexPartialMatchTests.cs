using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

/// <summary>The fallback to partial matches when too few documents match every word of the text.</summary>
public sealed class SearchIndexPartialMatchTests : IDisposable
{
    private readonly SearchIndex<Article> _index = Articles.InMemory(
        Articles.Make("two-words", "新区项目进展", "光伏储能一体化。", "news", daysAfterEpoch: 1),
        Articles.Make("one-word", "光伏组件", "组件。", "culture", daysAfterEpoch: 2),
        Articles.Make("other-word", "风电场", "风电。", "news", daysAfterEpoch: 3),
        Articles.Make("nothing", "篮球联赛决赛", "决赛在太原举行。", "sport", daysAfterEpoch: 4),
        Articles.Make("glass", "玻璃器皿", "Glassware from Qixian.", "culture", daysAfterEpoch: 5) with { HeadlineEn = "Glassware" },
        Articles.Make("vinegar", "老陈醋", "Mature vinegar.", "news", daysAfterEpoch: 6) with { HeadlineEn = "Mature vinegar" });

    [Fact]
    public void Search_WhenNoDocumentHasEveryWord_RanksDocumentsByTheWordsTheyMatchBeforeScore()
    {
        var query = new SearchQuery { Text = "光伏 储能 氢能" };

        var result = _index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(3, result.TotalWords);
        Assert.Equal(["two-words", "one-word"], result.Items.Select(i => i.Id));
        Assert.Equal([2, 1], result.Items.Select(i => i.MatchedWords));
        Assert.True(result.Items[1].Score > result.Items[0].Score, "the one-word title outscores the two words in a body");
        Assert.Equal(2, result.Total);
        Assert.Contains("<em>", result.Items[0].Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhenFallingBackUnderAnotherSort_StillPutsMoreMatchedWordsFirst()
    {
        var query = new SearchQuery { Text = "光伏 储能 氢能", Sort = ArticleSchema.Newest };

        var result = _index.Search(query);

        Assert.Equal(["two-words", "one-word"], result.Items.Select(i => i.Id));
    }

    [Fact]
    public void Search_WhenSomeDocumentHasEveryWord_DoesNotFallBack()
    {
        var query = new SearchQuery { Text = "光伏 储能" };

        var result = _index.Search(query);

        Assert.True(result.MatchedAllWords);
        Assert.Equal(2, result.TotalWords);
        var hit = Assert.Single(result.Items);
        Assert.Equal("two-words", hit.Id);
        Assert.Equal(2, hit.MatchedWords);
    }

    [Fact]
    public void Search_WhenFallingBack_CountsTheFacetsOverThePartialMatches()
    {
        var query = new SearchQuery { Text = "光伏 风电 氢能" };

        var result = _index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(3, result.Total);
        Assert.Equal([new("news", 2), new("culture", 1)], result.Facets[ArticleSchema.Section]);
    }

    [Fact]
    public void Search_WhenFallingBackUnderAFilter_KeepsTheFilter()
    {
        var query = new SearchQuery
        {
            Text = "光伏 风电 氢能",
            Filters = new Dictionary<string, string> { [ArticleSchema.Section] = "news" },
        };

        var result = _index.Search(query);

        Assert.Equal(["other-word", "two-words"], result.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal([new("news", 2), new("culture", 1)], result.Facets[ArticleSchema.Section]);
    }

    [Theory]
    [InlineData("glass vinegar")]
    [InlineData("玻璃 醋")]
    public void Search_WhenEachWordFindsADifferentDocument_FindsBoth(string text)
    {
        var query = new SearchQuery { Text = text };

        var result = _index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(["glass", "vinegar"], result.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.All(result.Items, i => Assert.Equal(1, i.MatchedWords));
    }

    [Fact]
    public void Search_WhenALatinWordOccursNowhere_FallsBackToWordsStartingWithIt()
    {
        var query = new SearchQuery { Text = "glass" };

        var result = _index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(1, result.TotalWords);
        Assert.Equal("glass", Assert.Single(result.Items).Id);
    }

    [Fact]
    public void Search_WhenTheUnmatchedWordIsTooShortForAPrefix_FindsNothing()
    {
        var query = new SearchQuery { Text = "gla" };

        var result = _index.Search(query);

        Assert.Empty(result.Items);
        Assert.True(result.MatchedAllWords);
    }

    [Fact]
    public void Search_WhenNoDocumentHasAnyWord_FindsNothing()
    {
        var query = new SearchQuery { Text = "氢能 hydrogen 足球" };

        var result = _index.Search(query);

        Assert.Empty(result.Items);
        Assert.Equal(0, result.Total);
        Assert.True(result.MatchedAllWords);
        Assert.All(result.Facets.Values, Assert.Empty);
    }

    [Fact]
    public void Search_WhenFewerThanTheThresholdHaveEveryWord_AddsPartialMatchesAfterThem()
    {
        var query = new SearchQuery { Text = "光伏 储能", PartialMatchThreshold = 5 };

        var result = _index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(["two-words", "one-word"], result.Items.Select(i => i.Id));
        Assert.Equal([2, 1], result.Items.Select(i => i.MatchedWords));
    }

    [Fact]
    public void Search_WhenTheThresholdIsZero_NeverFallsBack()
    {
        var query = new SearchQuery { Text = "光伏 储能 氢能", PartialMatchThreshold = 0 };

        var result = _index.Search(query);

        Assert.Empty(result.Items);
        Assert.True(result.MatchedAllWords);
    }

    [Fact]
    public void Search_WhenTheThresholdIsNegative_RefusesItByName()
    {
        var query = new SearchQuery { Text = "光伏", PartialMatchThreshold = -1 };

        var exception = Assert.ThrowsAny<ArgumentException>(() => _index.Search(query));

        Assert.Equal("partialMatchThreshold", exception.ParamName);
    }

    public void Dispose() => _index.Dispose();
}
