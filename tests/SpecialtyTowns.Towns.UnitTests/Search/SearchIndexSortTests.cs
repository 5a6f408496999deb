using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexSortTests : IDisposable
{
    private readonly SearchIndex<SearchDocument> _index = TestIndexes.InMemory();

    private readonly SearchDocument _small = TestDocuments.Project("小型法兰项目", TestDocuments.Cny(1_000_000), TestDocuments.Cny(5_000_000), daysAfterEpoch: 3);
    private readonly SearchDocument _minimumOnly = TestDocuments.Project("只有下限的法兰项目", minFen: TestDocuments.Cny(300_000_000), daysAfterEpoch: 1);
    private readonly SearchDocument _large = TestDocuments.Project("大型法兰项目", TestDocuments.Cny(800_000_000), TestDocuments.Cny(2_000_000_000), daysAfterEpoch: 2);
    private readonly SearchDocument _noAmount = TestDocuments.Project("金额待定的法兰项目", daysAfterEpoch: 5);
    private readonly SearchDocument _medium = TestDocuments.Project("中型法兰项目", TestDocuments.Cny(40_000_000), TestDocuments.Cny(60_000_000), daysAfterEpoch: 4);

    public SearchIndexSortTests() => _index.Rebuild([_small, _minimumOnly, _large, _noAmount, _medium]);

    [Fact]
    public void Search_WhenSortIsAmount_OrdersByUpperBoundDescendingWithoutAmountLast()
    {
        var query = new TownsSearchQuery { Sort = SearchSorts.Amount };

        var result = _index.Search(query);

        Assert.Equal([_large.Id, _minimumOnly.Id, _medium.Id, _small.Id, _noAmount.Id], result.Items.Select(i => i.Id));
    }

    [Fact]
    public void Search_WhenSortIsNewest_OrdersByPublishedAtDescending()
    {
        var query = new TownsSearchQuery { Sort = SearchSorts.Newest, Text = "法兰" };

        var result = _index.Search(query);

        Assert.Equal([_noAmount.Id, _medium.Id, _small.Id, _large.Id, _minimumOnly.Id], result.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData(AmountBands.Below10M, "小型法兰项目")]
    [InlineData(AmountBands.From10MTo100M, "中型法兰项目")]
    [InlineData(AmountBands.From100MTo1B, "只有下限的法兰项目")]
    [InlineData(AmountBands.From1B, "大型法兰项目")]
    public void Search_WhenFilteredByAmountBand_FindsTheProjectWhoseUpperBoundIsInIt(string band, string title)
    {
        var query = new TownsSearchQuery { AmountBand = band };

        var result = _index.Search(query);

        Assert.Equal(title, Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Search_WhenSortedByAmount_AmountBandFacetCountsEveryBandOnce()
    {
        var query = new TownsSearchQuery { Sort = SearchSorts.Amount };

        var result = _index.Search(query);

        Assert.Equal(
            AmountBands.All.Order(StringComparer.Ordinal),
            result.Facets[SearchFacets.AmountBand].Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.All(result.Facets[SearchFacets.AmountBand], v => Assert.Equal(1, v.Count));
    }

    public void Dispose() => _index.Dispose();
}
