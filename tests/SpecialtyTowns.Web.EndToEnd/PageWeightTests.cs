using System.Text.RegularExpressions;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// Page weight on a slow mobile network (issue 11: no page over 1 MB before it is usable): every
/// stylesheet and script is served compressed and cached for good, and none is loaded twice.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PageWeightTests(WebFixture fixture)
{
    // Ant Design's stylesheet is 564,604 bytes as shipped; brotli makes it about 54 kB, gzip 72 kB.
    private const int MaxCompressedAntStylesheet = 100_000;

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br, gzip", "br")]
    public async Task LinkedAssets_WhenTheBrowserAcceptsCompression_AreCompressedAndCachedForAYear(string accepted, string expected)
    {
        var assets = await LinkedAssetsAsync("/");

        Assert.Contains(assets, a => a.Contains("ant-design-blazor.min.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", accepted);
            using var response = await fixture.Api.SendAsync(request);
            response.EnsureSuccessStatusCode();
            Assert.True(response.Content.Headers.ContentEncoding.Contains(expected), $"{asset} came as '{string.Join(',', response.Content.Headers.ContentEncoding)}', not {expected}");
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
            if (asset.Contains("ant-design-blazor.min.", StringComparison.Ordinal))
            {
                Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 1, MaxCompressedAntStylesheet);
            }
        }
    }

    [Fact]
    public async Task Home_WhenLoadedInTheBrowser_FetchesEveryScriptOnceAndCompressed()
    {
        var page = await fixture.NewPageAsync();
        var scripts = new List<Microsoft.Playwright.IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "script")
            {
                scripts.Add(response);
            }
        };

        await page.GotoAsync("/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });

        var antScripts = scripts.Where(s => s.Url.Contains("/ant-design-blazor.", StringComparison.Ordinal)).ToList();
        Assert.Single(antScripts);
        foreach (var script in scripts)
        {
            var headers = await script.AllHeadersAsync();
            Assert.True(headers.TryGetValue("content-encoding", out var encoding) && encoding is "br" or "gzip", $"{script.Url} was not compressed");
        }

        await page.Context.CloseAsync();
    }

    private async Task<IReadOnlyList<string>> LinkedAssetsAsync(string path)
    {
        var html = await fixture.Api.GetStringAsync(path);
        return [.. AssetReference().Matches(html).Select(m => "/" + m.Groups["url"].Value.TrimStart('/')).Distinct()];
    }

    [GeneratedRegex("""(?:href|src)="(?<url>[^"]+\.(?:css|js))""")]
    private static partial Regex AssetReference();
}
