using SpecialtyTowns.Towns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Towns.Search.UnitTests;

public sealed class SearchIndexValidationTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    public static TheoryData<string, string> InvalidQueries => new()
    {
        { "page 0", nameof(SearchQuery.Page) },
        { "page -1", nameof(SearchQuery.Page) },
        { "page size 0", nameof(SearchQuery.PageSize) },
        { "page size 101", nameof(SearchQuery.PageSize) },
        { "past the result window", nameof(SearchQuery.Page) },
        { "unknown sort", nameof(SearchQuery.Sort) },
        { "unknown amount band", nameof(SearchQuery.AmountBand) },
        { "unknown kind", nameof(SearchQuery.Kind) },
        { "unknown level", nameof(SearchQuery.Level) },
        { "unknown category", nameof(SearchQuery.Category) },
        { "unknown status", nameof(SearchQuery.Status) },
        { "malformed industry", nameof(SearchQuery.Industry) },
        { "text too long", nameof(SearchQuery.Text) },
        { "empty county", nameof(SearchQuery.County) },
    };

    public static TheoryData<string, string> InvalidDocuments => new()
    {
        { "unknown kind", nameof(SearchDocument.Kind) },
        { "blank title", nameof(SearchDocument.Title) },
        { "unknown category", nameof(SearchDocument.Category) },
        { "unknown level", nameof(SearchDocument.Level) },
        { "project without status", nameof(SearchDocument.Status) },
        { "town with status", nameof(SearchDocument.Status) },
        { "minimum above maximum", nameof(SearchDocument.AmountMinFen) },
        { "negative amount", nameof(SearchDocument.AmountMaxFen) },
        { "malformed industry", nameof(SearchDocument.Industry) },
        { "empty id", nameof(SearchDocument.Id) },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Search_WhenQueryIsInvalid_ThrowsArgumentExceptionNamingTheParameter(string @case, string parameter)
    {
        var query = InvalidQuery(@case);

        var exception = Assert.ThrowsAny<ArgumentException>(() => seed.Index.Search(query));

        Assert.Equal(parameter, exception.ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Upsert_WhenDocumentIsInvalid_ThrowsArgumentExceptionNamingTheProperty(string @case, string property)
    {
        using var index = SearchIndex.InMemory();
        var document = InvalidDocument(@case);

        var exception = Assert.ThrowsAny<ArgumentException>(() => index.Upsert(document));

        Assert.Equal(property, exception.ParamName);
        Assert.Equal(0, index.Count);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("C33")]
    [InlineData("C146")]
    [InlineData("C3311")]
    [InlineData("A01")]
    public void Search_WhenIndustryIsAGbtCodeAtAnyLevel_IsAccepted(string industry)
    {
        var query = new SearchQuery { Industry = industry };

        var result = seed.Index.Search(query);

        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("", 10, "prefix")]
    [InlineData("   ", 10, "prefix")]
    [InlineData("法", 0, "max")]
    [InlineData("法", 51, "max")]
    public void Suggest_WhenArgumentsAreOutOfBounds_ThrowsArgumentExceptionNamingThem(string prefix, int max, string parameter)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => seed.Index.Suggest(prefix, max));

        Assert.Equal(parameter, exception.ParamName);
    }

    private static SearchQuery InvalidQuery(string @case) => @case switch
    {
        "page 0" => new SearchQuery { Page = 0 },
        "page -1" => new SearchQuery { Page = -1 },
        "page size 0" => new SearchQuery { PageSize = 0 },
        "page size 101" => new SearchQuery { PageSize = 101 },
        "past the result window" => new SearchQuery { Page = SearchQuery.MaxResultWindow / 100 + 1, PageSize = 100 },
        "unknown sort" => new SearchQuery { Sort = "cheapest" },
        "unknown amount band" => new SearchQuery { AmountBand = "1m-2m" },
        "unknown kind" => new SearchQuery { Kind = "enterprise" },
        "unknown level" => new SearchQuery { Level = "national" },
        "unknown category" => new SearchQuery { Category = "tourism" },
        "unknown status" => new SearchQuery { Status = "cancelled" },
        "malformed industry" => new SearchQuery { Industry = "C3" },
        "text too long" => new SearchQuery { Text = new string('法', SearchQuery.MaxTextLength + 1) },
        "empty county" => new SearchQuery { County = "" },
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
    };

    private static SearchDocument InvalidDocument(string @case)
    {
        var project = TestDocuments.Project("定襄法兰项目");
        var town = SeedData.Town(SeedData.DingxiangFlange);
        return @case switch
        {
            "unknown kind" => project with { Kind = "enterprise" },
            "blank title" => project with { Title = " " },
            "unknown category" => project with { Category = "tourism" },
            "unknown level" => project with { Level = "national" },
            "project without status" => project with { Status = null },
            "town with status" => town with { Status = ProjectStatuses.Published },
            "minimum above maximum" => project with { AmountMinFen = 200, AmountMaxFen = 100 },
            "negative amount" => project with { AmountMaxFen = -1 },
            "malformed industry" => project with { Industry = "33" },
            "empty id" => project with { Id = Guid.Empty },
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
        };
    }
}
