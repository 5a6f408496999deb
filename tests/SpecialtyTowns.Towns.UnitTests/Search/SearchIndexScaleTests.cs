using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

/// <summary>Search over the real towns plus 5,000 synthetic projects, checked against brute force.</summary>
public sealed class SearchIndexScaleTests(SyntheticIndexFixture synthetic) : IClassFixture<SyntheticIndexFixture>
{
    public static TheoryData<string> Cases => new(QueryCases.Keys);

    private static readonly Dictionary<string, TownsSearchQuery> QueryCases = new()
    {
        ["everything"] = new TownsSearchQuery(),
        ["projects only"] = new TownsSearchQuery { Kind = SearchKinds.Project },
        ["category and status"] = new TownsSearchQuery { Category = TownCategories.AdvancedManufacturing, Status = ProjectStatuses.Signed },
        ["industry section"] = new TownsSearchQuery { Industry = "C" },
        ["industry division"] = new TownsSearchQuery { Industry = "C33" },
        ["industry group"] = new TownsSearchQuery { Industry = "C14" },
        ["band and cooperation"] = new TownsSearchQuery { AmountBand = AmountBands.From1B, CooperationMode = "ppp" },
        ["city and level"] = new TownsSearchQuery { City = "晋城 Jincheng", Level = TownLevels.Municipal },
        ["county, kind, band, mode, status"] = new TownsSearchQuery
        {
            County = "泽州 Zezhou", Kind = SearchKinds.Project, AmountBand = AmountBands.From10MTo100M,
            CooperationMode = "equity", Status = ProjectStatuses.Published,
        },
        ["text 法兰"] = new TownsSearchQuery { Text = "法兰" },
        ["text 铸造 with band"] = new TownsSearchQuery { Text = "铸造", AmountBand = AmountBands.From100MTo1B },
        ["text 加工 in agriculture"] = new TownsSearchQuery { Text = "加工", Category = TownCategories.SpecialtyAgriculture },
        ["text 醋 single character"] = new TownsSearchQuery { Text = "醋", Status = ProjectStatuses.Landed },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Search_WhenQueryingSyntheticProjects_TotalAndEveryFacetMatchBruteForce(string name)
    {
        var query = QueryCases[name];
        var expectedTotal = LinqSearchOracle.Matches(synthetic.Documents, query).Count;

        var result = synthetic.Index.Search(query);

        Assert.True(expectedTotal > 0, $"case '{name}' should match something");
        Assert.Equal(expectedTotal, result.Total);
        foreach (var facet in SearchFacets.All)
        {
            var actual = result.Facets[facet].ToDictionary(v => v.Value, v => v.Count);
            Assert.Equal(LinqSearchOracle.Facet(synthetic.Documents, query, facet), actual);
        }
    }

    [Fact]
    public void Search_WhenPagingThroughThousandsOfMatches_ReturnsEveryMatchExactlyOnce()
    {
        var query = new TownsSearchQuery { Category = TownCategories.AdvancedManufacturing, Text = "项目", PageSize = SearchQuery.MaxPageSize };
        var expected = LinqSearchOracle.Matches(synthetic.Documents, query).Select(d => d.Id).Order().ToList();

        var ids = new List<Guid>();
        for (var page = 1; ids.Count < expected.Count && page <= SearchQuery.MaxResultWindow / query.PageSize; page++)
        {
            ids.AddRange(synthetic.Index.Search(query with { Page = page }).Items.Select(i => i.Id));
        }

        Assert.True(expected.Count > 1_000);
        Assert.Equal(expected, ids.Order());
    }

    [Fact]
    public void Search_WhenSortedByAmount_ListsAmountsInNonIncreasingOrderAcrossPages()
    {
        var query = new TownsSearchQuery { Kind = SearchKinds.Project, Sort = SearchSorts.Amount, PageSize = 50 };
        var amountById = synthetic.Documents.ToDictionary(d => d.Id, d => d.AmountMaxFen ?? d.AmountMinFen ?? -1);

        var amounts = Enumerable.Range(1, 4)
            .SelectMany(page => synthetic.Index.Search(query with { Page = page }).Items)
            .Select(i => amountById[i.Id])
            .ToList();

        Assert.Equal(200, amounts.Count);
        Assert.Equal(amounts.OrderDescending(), amounts);
        Assert.Equal(synthetic.Documents.Max(d => d.AmountMaxFen ?? d.AmountMinFen), amounts[0]);
    }

    [Fact]
    public void Search_WhenSortedByNewest_StartsWithTheLatestPublishedDocument()
    {
        var query = new TownsSearchQuery { Sort = SearchSorts.Newest, PageSize = 10 };
        var expected = synthetic.Documents.OrderByDescending(d => d.PublishedAt).ThenBy(d => d.Id.ToString("N"), StringComparer.Ordinal).Take(10).Select(d => d.Id);

        var result = synthetic.Index.Search(query);

        Assert.Equal(expected, result.Items.Select(i => i.Id));
    }

    [Fact]
    public void Suggest_WhenPrefixMatchesManyProjects_StillIncludesTheTownName()
    {
        var prefix = "法";

        var suggestions = synthetic.Index.Suggest(prefix);

        Assert.Contains(suggestions, s => s.Text == SeedData.DingxiangFlange);
    }
}
