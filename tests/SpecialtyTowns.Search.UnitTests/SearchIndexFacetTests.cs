using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

public sealed class SearchIndexFacetTests(ArticleIndexFixture articles) : IClassFixture<ArticleIndexFixture>
{
    [Fact]
    public void Search_WhenFilteredOnAFacet_CountsThatFacetDrillSidewaysAndTheOthersOverTheHits()
    {
        var query = new SearchQuery { Filters = new Dictionary<string, string> { [ArticleSchema.Section] = "news" } };

        var result = articles.Index.Search(query);

        Assert.Equal(4, result.Total);
        Assert.Equal([new("news", 4), new("culture", 1), new("sport", 1)], result.Facets[ArticleSchema.Section]);
        Assert.Equal([new("grid", 2), new("solar", 1), new("wind", 1)], result.Facets[ArticleSchema.Tag]);
    }

    [Fact]
    public void Search_WhenFilteredOnAHierarchicalFacetsParent_MatchesEveryValueBelowIt()
    {
        var query = new SearchQuery { Filters = new Dictionary<string, string> { [ArticleSchema.Topic] = "energy" } };

        var result = articles.Index.Search(query);

        Assert.Equal(["modules", "solar-grid", "storage", "wind"], result.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Facets[ArticleSchema.Topic].Single(v => v.Value == "energy.solar").Count);
        Assert.DoesNotContain(result.Facets[ArticleSchema.Topic], v => v.Value == "sport");
    }

    [Fact]
    public void Search_WhenTwoFiltersHold_CountsEachFacetWithTheOtherFilterOnly()
    {
        var query = new SearchQuery
        {
            Filters = new Dictionary<string, string> { [ArticleSchema.Topic] = "energy.solar", [ArticleSchema.Tag] = "grid" },
        };

        var result = articles.Index.Search(query);

        Assert.Equal("solar-grid", Assert.Single(result.Items).Id);
        Assert.Equal([new("grid", 1), new("solar", 1)], result.Facets[ArticleSchema.Tag]);
        Assert.Equal([new("energy", 1), new("energy.solar", 1)], result.Facets[ArticleSchema.Topic]);
    }

    [Fact]
    public void Search_WhenTwoSchemasIndexInOneProcess_EachCountsOnlyItsOwnFacets()
    {
        var notes = new SearchSchemaBuilder<string>(note => note)
            .Text("note_zh", SearchLanguage.Chinese, 1f, note => [note])
            .Facet("length", note => [note.Length > 4 ? "long" : "short"])
            .Build();
        using var index = SearchIndex<string>.InMemory(notes);
        index.Rebuild(["光伏电站", "光伏电站并网发电"]);

        var noteResult = index.Search(new SearchQuery { Text = "光伏" });
        var articleResult = articles.Index.Search(new SearchQuery { Text = "光伏" });

        Assert.Equal(["length"], noteResult.Facets.Keys);
        Assert.Equal([new("long", 1), new("short", 1)], noteResult.Facets["length"]);
        Assert.Equal(ArticleSchema.Instance.FacetNames.Order(StringComparer.Ordinal), articleResult.Facets.Keys.Order(StringComparer.Ordinal));
    }
}
