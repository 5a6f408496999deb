using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Grpc;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.UnitTests.Grpc;

public sealed class SearchMessagesTests
{
    [Theory]
    [InlineData("pageSize", "page_size")]
    [InlineData("amountBand", "amount_band")]
    [InlineData("cooperationMode", "cooperation_mode")]
    [InlineData("kind", "kind")]
    [InlineData(null, "query")]
    public void Guarded_WhenTheSearchNamesABadParameter_ReportsTheProtoFieldWithTheMessage(string? parameter, string field)
    {
        var exception = Assert.Throws<RequestValidationException>(() =>
            SearchMessages.Guarded<int>(() => throw new ArgumentException("Out of bounds.", parameter)));

        var violation = Assert.Single(exception.Violations);
        Assert.Equal((field, "Out of bounds."), (violation.Field, violation.Description));
    }

    [Fact]
    public void ToQuery_WhenFieldsAreBlankOrZero_LeavesFiltersUnsetAndTakesTheDefaults()
    {
        var request = new SearchRequest { Text = "  法兰 ", City = " ", Industry = "C33" };

        var query = SearchMessages.ToQuery(request);

        Assert.Equal(("法兰", "C33", null), (query.Text, query.Industry, query.City));
        Assert.Equal((SearchSorts.Relevance, 1, 20), (query.Sort, query.Page, query.PageSize));
    }
}
