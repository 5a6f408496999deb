using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

public sealed class SearchSchemaBuilderTests
{
    [Theory]
    [InlineData("id")]
    [InlineData("suggest")]
    [InlineData("facet_section")]
    public void Build_WhenAFieldTakesAReservedName_Throws(string name)
    {
        var builder = Builder().Stored(name, a => a.Author);

        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Build_WhenTwoFieldsShareAName_Throws()
    {
        var builder = Builder().Stored("body_zh", a => a.Author);

        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Build_WhenASortOrdersByAnUndeclaredValue_Throws()
    {
        var builder = Builder().Sort("longest", SortKey.DescendingBy("words"));

        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Build_WithoutSorts_OffersRelevanceOnly()
    {
        var schema = Builder().Build();

        Assert.Equal(["relevance"], schema.SortNames);
    }

    [Fact]
    public void Text_WhenHighlightedButNotStored_Throws()
    {
        var builder = Builder();

        Assert.Throws<ArgumentException>(() => builder.Text("title_en", SearchLanguage.English, 1f, a => [a.HeadlineEn], highlight: true));
    }

    private static SearchSchemaBuilder<Article> Builder() =>
        new SearchSchemaBuilder<Article>(a => a.Id).Text("body_zh", SearchLanguage.Chinese, 1f, a => [a.Body]);
}
