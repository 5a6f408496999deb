using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;
using SpecialtyTowns.Towns.UnitTests.Search.TestData;

namespace SpecialtyTowns.Towns.UnitTests.Search;

/// <summary>The engine's fallback to partial matches on the real seed towns.</summary>
public sealed class SearchIndexPartialMatchTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("glass vinegar")]
    [InlineData("玻璃 醋")]
    [InlineData("法兰 vinegar")]
    public void Search_WhenEachWordFindsADifferentTown_ReturnsBothAsPartialMatches(string text)
    {
        var query = new TownsSearchQuery { Text = text };

        var result = seed.Index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(2, result.TotalWords);
        Assert.Contains(result.Items, i => i.Title == SeedData.QingxuVinegar);
        Assert.Contains(result.Items, i => i.Title == (text.StartsWith("法兰", StringComparison.Ordinal) ? SeedData.DingxiangFlange : SeedData.QixianGlassware));
        Assert.All(result.Items, i => Assert.Equal(1, i.MatchedWords));
        Assert.Equal(result.Total, result.Facets[SearchFacets.Category].Sum(v => v.Count));
    }

    [Fact]
    public void Search_WhenOneTownHasEveryWord_ReturnsOnlyTownsWithEveryWord()
    {
        var query = new TownsSearchQuery { Text = "玻璃 祁县" };

        var result = seed.Index.Search(query);

        Assert.True(result.MatchedAllWords);
        Assert.Equal(SeedData.QixianGlassware, Assert.Single(result.Items).Title);
        Assert.Equal(2, result.Items[0].MatchedWords);
    }

    [Fact]
    public void Search_WhenATownHasTwoOfThreeWords_RanksItAboveTownsWithOne()
    {
        var query = new TownsSearchQuery { Text = "玻璃 祁县 醋" };

        var result = seed.Index.Search(query);

        Assert.False(result.MatchedAllWords);
        Assert.Equal(SeedData.QixianGlassware, result.Items[0].Title);
        Assert.Equal(2, result.Items[0].MatchedWords);
        Assert.Contains(result.Items.Skip(1), i => i.Title == SeedData.QingxuVinegar && i.MatchedWords == 1);
    }
}
