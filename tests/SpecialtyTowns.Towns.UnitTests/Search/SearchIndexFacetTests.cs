using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexFacetTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Search_WhenNothingIsFiltered_CategoryFacetCountsEachCategoryOfTheSeedFile()
    {
        var expected = SeedData.RawTowns()
            .GroupBy(t => SeedData.RawString(t, "category")!)
            .ToDictionary(g => g.Key, g => g.Count());
        var query = new TownsSearchQuery();

        var result = seed.Index.Search(query);

        Assert.Equal(expected, AsDictionary(result, SearchFacets.Category));
        Assert.Equal(SeedData.RawTowns().Count, result.Total);
    }

    [Fact]
    public void Search_WhenNothingIsFiltered_LevelFacetCountsOnlyStatedLevels()
    {
        var expected = SeedData.RawTowns()
            .Select(t => SeedData.RawString(t, "level"))
            .OfType<string>()
            .GroupBy(l => l)
            .ToDictionary(g => g.Key, g => g.Count());
        var query = new TownsSearchQuery();

        var result = seed.Index.Search(query);

        Assert.Equal(expected, AsDictionary(result, SearchFacets.Level));
    }

    [Fact]
    public void Search_WhenFilteredByCategory_ReturnsOnlyThatCategoryButItsFacetStillCountsEveryCategory()
    {
        var raw = SeedData.RawTowns();
        var allCategories = raw.GroupBy(t => SeedData.RawString(t, "category")!).ToDictionary(g => g.Key, g => g.Count());
        var query = new TownsSearchQuery { Category = TownCategories.SpecialtyAgriculture, PageSize = 100 };

        var result = seed.Index.Search(query);

        Assert.Equal(allCategories[TownCategories.SpecialtyAgriculture], result.Total);
        Assert.All(result.Items, i => Assert.Equal(TownCategories.SpecialtyAgriculture, SeedData.Town(i.Title).Category));
        Assert.Equal(allCategories, AsDictionary(result, SearchFacets.Category));
    }

    [Fact]
    public void Search_WhenFilteredByCategory_OtherFacetsCountOnlyTownsOfThatCategory()
    {
        var agriculture = SeedData.RawTowns().Where(t => SeedData.RawString(t, "category") == TownCategories.SpecialtyAgriculture).ToList();
        var expectedLevels = agriculture
            .Select(t => SeedData.RawString(t, "level"))
            .OfType<string>()
            .GroupBy(l => l)
            .ToDictionary(g => g.Key, g => g.Count());
        var query = new TownsSearchQuery { Category = TownCategories.SpecialtyAgriculture };

        var result = seed.Index.Search(query);

        Assert.Equal(expectedLevels, AsDictionary(result, SearchFacets.Level));
    }

    [Fact]
    public void Search_WhenFilteredByCategoryAndLevel_EachFacetIgnoresOnlyItsOwnFilter()
    {
        var raw = SeedData.RawTowns();
        var category = TownCategories.SpecialtyLightIndustry;
        var level = TownLevels.Municipal;
        var expectedCategories = raw
            .Where(t => SeedData.RawString(t, "level") == level)
            .GroupBy(t => SeedData.RawString(t, "category")!)
            .ToDictionary(g => g.Key, g => g.Count());
        var expectedLevels = raw
            .Where(t => SeedData.RawString(t, "category") == category)
            .Select(t => SeedData.RawString(t, "level"))
            .OfType<string>()
            .GroupBy(l => l)
            .ToDictionary(g => g.Key, g => g.Count());
        var expectedTotal = raw.Count(t => SeedData.RawString(t, "level") == level && SeedData.RawString(t, "category") == category);
        var query = new TownsSearchQuery { Category = category, Level = level };

        var result = seed.Index.Search(query);

        Assert.Equal(expectedTotal, result.Total);
        Assert.Equal(expectedCategories, AsDictionary(result, SearchFacets.Category));
        Assert.Equal(expectedLevels, AsDictionary(result, SearchFacets.Level));
    }

    [Fact]
    public void Search_WhenTextIsGiven_FacetsCountOnlyTheTextMatches()
    {
        var query = new TownsSearchQuery { Text = "陶瓷" };

        var result = seed.Index.Search(query);

        Assert.Equal(new Dictionary<string, int> { [TownCategories.SpecialtyLightIndustry] = 2 }, AsDictionary(result, SearchFacets.Category));
        Assert.Equal(new Dictionary<string, int> { [SearchKinds.Town] = 2 }, AsDictionary(result, SearchFacets.Kind));
    }

    [Fact]
    public void Search_WhenFilterValueOccursNowhere_ReturnsNothingButItsFacetShowsTheAlternatives()
    {
        var query = new TownsSearchQuery { County = "不存在县" };

        var result = seed.Index.Search(query);

        Assert.Equal(0, result.Total);
        Assert.Equal(SeedData.RawTowns().Count(t => SeedData.RawString(t, "county") is not null), AsDictionary(result, SearchFacets.County).Values.Sum());
        Assert.Empty(result.Facets[SearchFacets.Category]);
    }

    [Fact]
    public void Search_WhenAnyQuery_ReturnsEveryFacetOrderedByCountThenValue()
    {
        var query = new TownsSearchQuery();

        var result = seed.Index.Search(query);

        Assert.Equal(SearchFacets.All.Order(), result.Facets.Keys.Order());
        Assert.All(result.Facets.Values, values => Assert.Equal(
            values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal),
            values));
    }

    private static Dictionary<string, int> AsDictionary(TownsSearchResult result, string facet) =>
        result.Facets[facet].ToDictionary(v => v.Value, v => v.Count);
}
