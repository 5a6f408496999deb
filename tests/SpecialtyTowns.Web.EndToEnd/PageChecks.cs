using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>What every page test checks besides its own story: accessibility and a kept screenshot.</summary>
public static class PageChecks
{
    /// <summary>Runs axe-core in the page; fails on any serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var severe = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + string.Join(" ", n.Any.Select(c => c.Message))))}")
            .ToList();
        Assert.True(severe.Count == 0, $"{page.Url}: " + string.Join("; ", severe));
    }

    /// <summary>Keeps a full-page screenshot under .local/test-results/screenshots.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var file = Path.Combine(WebFixture.ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 0);
    }
}
