using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

public sealed class SearchIndexValidationTests(ArticleIndexFixture articles) : IClassFixture<ArticleIndexFixture>
{
    public static TheoryData<string, string> InvalidQueries => new()
    {
        { "page 0", "page" },
        { "page size 101", "pageSize" },
        { "past the result window", "page" },
        { "text too long", "text" },
        { "unknown sort", "sort" },
        { "unknown facet", "colour" },
        { "section outside the vocabulary", ArticleSchema.Section },
        { "topic breaking the facet's rule", ArticleSchema.Topic },
        { "empty tag", ArticleSchema.Tag },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Search_WhenQueryIsInvalid_ThrowsArgumentExceptionNamingTheParameter(string @case, string parameter)
    {
        var query = InvalidQuery(@case);

        var exception = Assert.ThrowsAny<ArgumentException>(() => articles.Index.Search(query));

        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void Search_WhenAFilterBreaksTheFacetsRule_SaysWhatTheRuleSaid()
    {
        var query = Filtered(ArticleSchema.Topic, "Energy");

        var exception = Assert.Throws<ArgumentException>(() => articles.Index.Search(query));

        Assert.StartsWith("Topic 'Energy' is not a dotted path.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown section", nameof(Article.Section))]
    [InlineData("blank headline", nameof(Article.Headline))]
    [InlineData("blank id", "Id")]
    public void Upsert_WhenTheDocumentIsInvalid_ThrowsNamingThePropertyAndIndexesNothing(string @case, string property)
    {
        using var index = Articles.InMemory();
        var article = Articles.Make("a", "标题");
        var invalid = @case switch
        {
            "unknown section" => article with { Section = "weather" },
            "blank headline" => article with { Headline = " " },
            _ => article with { Id = " " },
        };

        var exception = Assert.ThrowsAny<ArgumentException>(() => index.Upsert(invalid));

        Assert.Equal(property, exception.ParamName);
        Assert.Equal(0, index.Count);
    }

    private static SearchQuery Filtered(string facet, string value) => new() { Filters = new Dictionary<string, string> { [facet] = value } };

    private static SearchQuery InvalidQuery(string @case) => @case switch
    {
        "page 0" => new SearchQuery { Page = 0 },
        "page size 101" => new SearchQuery { PageSize = 101 },
        "past the result window" => new SearchQuery { Page = SearchQuery.MaxResultWindow / 50 + 1, PageSize = 50 },
        "text too long" => new SearchQuery { Text = new string('电', SearchQuery.MaxTextLength + 1) },
        "unknown sort" => new SearchQuery { Sort = "cheapest" },
        "unknown facet" => Filtered("colour", "red"),
        "section outside the vocabulary" => Filtered(ArticleSchema.Section, "weather"),
        "topic breaking the facet's rule" => Filtered(ArticleSchema.Topic, "Energy"),
        "empty tag" => Filtered(ArticleSchema.Tag, ""),
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
    };
}
