using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.UnitTests.Api.Search;

public sealed class SearchApiTests
{
    [Fact]
    public void CacheKey_WhenTextRunsIntoTheNextField_DiffersFromTheSplitRequest()
    {
        var joined = new SearchRequest { Kind = "project", Text = "法兰|2:铸造", Page = 1, PageSize = 20 };
        var split = new SearchRequest { Kind = "project", Text = "法兰", Industry = "铸造", Page = 1, PageSize = 20 };

        Assert.NotEqual(SearchApi.CacheKey(joined), SearchApi.CacheKey(split));
    }

    [Fact]
    public void CacheKey_WhenAnyFieldDiffers_Differs()
    {
        var baseline = new SearchRequest { Kind = "project", Text = "玻璃", Page = 1, PageSize = 20 };
        var variants = new[]
        {
            baseline.Clone().With(r => r.Kind = "town"),
            baseline.Clone().With(r => r.Page = 2),
            baseline.Clone().With(r => r.PageSize = 50),
            baseline.Clone().With(r => r.City = "晋中市"),
            baseline.Clone().With(r => r.County = "祁县"),
            baseline.Clone().With(r => r.Level = "provincial"),
            baseline.Clone().With(r => r.Category = "specialty-light-industry"),
            baseline.Clone().With(r => r.AmountBand = "100m-500m"),
            baseline.Clone().With(r => r.CooperationMode = "equity"),
            baseline.Clone().With(r => r.Status = "published"),
            baseline.Clone().With(r => r.Sort = "newest"),
            baseline.Clone().With(r => r.Industry = "C30"),
        };

        var keys = variants.Select(SearchApi.CacheKey).Append(SearchApi.CacheKey(baseline)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(SearchApi.CacheKey(baseline), SearchApi.CacheKey(baseline.Clone()));
    }
}
