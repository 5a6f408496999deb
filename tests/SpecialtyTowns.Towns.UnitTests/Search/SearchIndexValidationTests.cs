using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexValidationTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    // The engine names a parameter as its query has it: bounds by their own name, filters by their facet's.
    public static TheoryData<string, string> InvalidQueries => new()
    {
        { "page 0", "page" },
        { "page -1", "page" },
        { "page size 0", "pageSize" },
        { "page size 101", "pageSize" },
        { "past the result window", "page" },
        { "unknown sort", "sort" },
        { "unknown amount band", SearchFacets.AmountBand },
        { "unknown kind", SearchFacets.Kind },
        { "unknown level", SearchFacets.Level },
        { "unknown category", SearchFacets.Category },
        { "unknown status", SearchFacets.Status },
        { "malformed industry", SearchFacets.Industry },
        { "text too long", "text" },
        { "empty county", SearchFacets.County },
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
        using var index = TestIndexes.InMemory();
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
        var query = new TownsSearchQuery { Industry = industry };

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

    private static TownsSearchQuery InvalidQuery(string @case) => @case switch
    {
        "page 0" => new TownsSearchQuery { Page = 0 },
        "page -1" => new TownsSearchQuery { Page = -1 },
        "page size 0" => new TownsSearchQuery { PageSize = 0 },
        "page size 101" => new TownsSearchQuery { PageSize = 101 },
        "past the result window" => new TownsSearchQuery { Page = SearchQuery.MaxResultWindow / 100 + 1, PageSize = 100 },
        "unknown sort" => new TownsSearchQuery { Sort = "cheapest" },
        "unknown amount band" => new TownsSearchQuery { AmountBand = "1m-2m" },
        "unknown kind" => new TownsSearchQuery { Kind = "enterprise" },
        "unknown level" => new TownsSearchQuery { Level = "national" },
        "unknown category" => new TownsSearchQuery { Category = "tourism" },
        "unknown status" => new TownsSearchQuery { Status = "cancelled" },
        "malformed industry" => new TownsSearchQuery { Industry = "C3" },
        "text too long" => new TownsSearchQuery { Text = new string('法', SearchQuery.MaxTextLength + 1) },
        "empty county" => new TownsSearchQuery { County = "" },
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
