using System.Text;
using System.Text.Json;
using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Gateway.Caching;

namespace SpecialtyTowns.Gateway.UnitTests.Caching;

public sealed class CacheJsonContextTests
{
    [Fact]
    public void Api_WhenSerializingChineseText_WritesItAsIsAndKeepsHtmlEscaped()
    {
        var response = new SearchResponse(
            [new SearchItem("p1", "project", null, "定襄法兰扩能项目", null, null, "t1", "定襄法兰特色专业镇", 1.5, "定襄<em>法兰</em>")],
            1,
            1,
            20,
            new Dictionary<string, IReadOnlyList<FacetCount>>());

        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(response, CacheJsonContext.Api.SearchResponse));

        Assert.Contains("定襄法兰扩能项目", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cem\\u003E", json, StringComparison.Ordinal);
        Assert.Equal(response.Items[0].Title, JsonSerializer.Deserialize(json, CacheJsonContext.Api.SearchResponse)!.Items[0].Title);
    }
}
