using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexRelevanceTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Search_WhenQueryIsFalan_RanksDingxiangFlangeTownFirst()
    {
        var query = new TownsSearchQuery { Text = "法兰" };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.DingxiangFlange, result.Items[0].Title);
    }

    [Fact]
    public void Search_WhenQueryIsBoli_RanksQixianGlasswareTownFirst()
    {
        var query = new TownsSearchQuery { Text = "玻璃" };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.QixianGlassware, result.Items[0].Title);
    }

    [Fact]
    public void Search_WhenQueryIsHydrogen_RanksXiaoyiHydrogenTownFirst()
    {
        var query = new TownsSearchQuery { Text = "hydrogen" };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.XiaoyiHydrogen, result.Items[0].Title);
    }

    [Fact]
    public void Search_WhenQueryIsSingularFlange_RanksDingxiangFirstThroughStemming()
    {
        var query = new TownsSearchQuery { Text = "flange" };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.DingxiangFlange, result.Items[0].Title);
    }

    [Theory]
    [InlineData("醋")]
    [InlineData("vinegar")]
    [InlineData("老陈醋")]
    [InlineData("Vinegars")]
    public void Search_WhenQueryNamesVinegar_RanksQingxuVinegarTownFirst(string text)
    {
        var query = new TownsSearchQuery { Text = text };

        var result = seed.Index.Search(query);

        Assert.NotEmpty(result.Items);
        Assert.Equal(SeedData.QingxuVinegar, result.Items[0].Title);
    }

    [Fact]
    public void Search_WhenQueryIsTaoci_ReturnsHuairenAndYangchengCeramicsInTopThree()
    {
        var query = new TownsSearchQuery { Text = "陶瓷" };

        var result = seed.Index.Search(query);

        var topThree = result.Items.Take(3).Select(i => i.Title).ToList();
        Assert.Contains(SeedData.HuairenCeramics, topThree);
        Assert.Contains(SeedData.YangchengCeramics, topThree);
    }

    [Fact]
    public void Search_WhenQueryIsOneCharacterEveryTownNameHas_FindsEveryTown()
    {
        var query = new TownsSearchQuery { Text = "镇", PageSize = 100 };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.Towns.Count, result.Total);
    }

    [Fact]
    public void Search_WhenWordsAreTypedWithoutSpaces_FindsTheTownHavingBoth()
    {
        // 法兰 and 出口 both occur for Dingxiang, but never side by side.
        var query = new TownsSearchQuery { Text = "法兰出口" };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.DingxiangFlange, Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Search_WhenQueryIsACityName_FindsTheTownsOfThatCity()
    {
        var expected = SeedData.RawTowns().Count(t => SeedData.RawString(t, "city")?.Contains("晋城", StringComparison.Ordinal) == true);
        var query = new TownsSearchQuery { Text = "晋城", PageSize = 100 };

        var result = seed.Index.Search(query);

        Assert.True(expected > 0);
        Assert.Equal(expected, result.Total);
    }

    [Fact]
    public void Search_WhenQueryIsFalan_HighlightWrapsFalanInEm()
    {
        var query = new TownsSearchQuery { Text = "法兰" };

        var result = seed.Index.Search(query);

        Assert.Contains("<em>法兰</em>", result.Items[0].Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhenQueryIsSingularFlange_HighlightsThePluralInTheText()
    {
        var query = new TownsSearchQuery { Text = "flange" };

        var result = seed.Index.Search(query);

        Assert.Contains("<em>flanges</em>", result.Items[0].Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhenQueryHasNoText_GivesNoHighlightAndEqualScores()
    {
        var query = new TownsSearchQuery { PageSize = 100 };

        var result = seed.Index.Search(query);

        Assert.All(result.Items, i => Assert.Null(i.Highlight));
        Assert.Single(result.Items.Select(i => i.Score).Distinct());
    }

    [Fact]
    public void Search_WhenTextMatches_ScoresDescendInRelevanceOrder()
    {
        var query = new TownsSearchQuery { Text = "专业镇 陶瓷" };

        var result = seed.Index.Search(query);

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, i => Assert.True(i.Score > 0));
        Assert.Equal(result.Items.OrderByDescending(i => i.Score).Select(i => i.Id), result.Items.Select(i => i.Id));
    }
}
