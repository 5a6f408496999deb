using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexPagingTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData(SearchSorts.Relevance)]
    [InlineData(SearchSorts.Newest)]
    [InlineData(SearchSorts.Amount)]
    public void Search_WhenPagingThroughAllTowns_ReturnsEachTownExactlyOnce(string sort)
    {
        const int pageSize = 4;

        var ids = new List<Guid>();
        var first = seed.Index.Search(new TownsSearchQuery { Sort = sort, PageSize = pageSize });
        for (var page = 1; page <= (first.Total + pageSize - 1) / pageSize; page++)
        {
            ids.AddRange(seed.Index.Search(new TownsSearchQuery { Sort = sort, Page = page, PageSize = pageSize }).Items.Select(i => i.Id));
        }

        Assert.Equal(SeedData.Towns.Count, first.Total);
        Assert.Equal(SeedData.Towns.Select(t => t.Id).Order(), ids.Order());
    }

    [Fact]
    public void Search_WhenTheSamePageIsAskedTwice_ReturnsTheSameOrder()
    {
        var query = new TownsSearchQuery { Text = "专业镇", Page = 2, PageSize = 5 };

        var first = seed.Index.Search(query);
        var second = seed.Index.Search(query);

        Assert.Equal(5, first.Items.Count);
        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
    }

    [Fact]
    public void Search_WhenPageIsBeyondTheEnd_ReturnsNoItemsButTheTotal()
    {
        var query = new TownsSearchQuery { Page = 50, PageSize = 10 };

        var result = seed.Index.Search(query);

        Assert.Empty(result.Items);
        Assert.Equal(SeedData.Towns.Count, result.Total);
    }

    [Fact]
    public void Search_WhenPageSizeIsTheMaximum_ReturnsUpToThatMany()
    {
        var query = new TownsSearchQuery { PageSize = SearchQuery.MaxPageSize };

        var result = seed.Index.Search(query);

        Assert.Equal(SeedData.Towns.Count, result.Items.Count);
    }
}
