using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Enterprises;

/// <summary>
/// Search quality on the real seed data (data/enterprises.json and data/chains.json, from the seed
/// articles), through the gateway as any client asks: in Chinese and in English.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SeedSearchQualityTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("辅料")]
    [InlineData("excipient")]
    [InlineData("pharmaceutical excipients")]
    public async Task SearchChainGaps_WhenAskingForExcipients_FindsTheDatongPharmaParksGapFirst(string query)
    {
        var first = await FirstItemAsync($"/api/v1/chain-gaps?q={Uri.EscapeDataString(query)}", "title", "辅料");

        Assert.Contains("辅料", first.GetProperty("title").GetString());
        Assert.Equal("大同经济技术开发区医药专业镇", first.GetProperty("townName").GetString());
    }

    [Theory]
    [InlineData("法兰")]
    [InlineData("flange forging")]
    [InlineData("flanges")]
    public async Task SearchEnterprises_WhenAskingForFlanges_FindsTheDingxiangFlangeEnterprise(string query)
    {
        var items = await ItemsAsync($"/api/v1/enterprises?q={Uri.EscapeDataString(query)}", "name", "山西天宝集团有限公司");

        Assert.Contains(items, item => item.GetProperty("name").GetString() == "山西天宝集团有限公司"
            && item.GetProperty("townName").GetString() == "定襄法兰专业镇");
    }

    // The seed reaches the index through events after the system starts: wait for it, then read once more.
    private async Task<JsonElement> FirstItemAsync(string path, string field, string expected)
    {
        var items = await ItemsAsync(path, field, expected);
        return items[0];
    }

    private async Task<List<JsonElement>> ItemsAsync(string path, string field, string expected)
    {
        List<JsonElement> items = [];
        await Eventually.TrueAsync(
            async () =>
            {
                var body = await fixture.Gateway.GetFromJsonAsync<JsonElement>(path);
                items = [.. body.GetProperty("items").EnumerateArray()];
                return items.Any(i => i.GetProperty(field).GetString()!.Contains(expected, StringComparison.Ordinal));
            },
            TimeSpan.FromSeconds(60),
            $"{expected} in {path}");
        return items;
    }
}
