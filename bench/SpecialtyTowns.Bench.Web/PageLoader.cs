using System.Diagnostics;
using Microsoft.Playwright;

namespace SpecialtyTowns.Bench.Web;

/// <summary>Loads one page in a fresh browser context on a throttled network and measures it.</summary>
internal sealed class PageLoader(IBrowser browser, Uri baseAddress, NetworkProfile profile)
{
    private static readonly float Timeout = 60_000;

    // Usable = the marker element is visible and every stylesheet has arrived (before that the
    // browser shows unstyled or no content: the stylesheets block rendering).
    private const string StylesheetsLoaded = "() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet !== null)";

    public async Task<PageMeasurement> LoadAsync(PageTarget target, LoadMode mode)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            ExtraHTTPHeaders = mode == LoadMode.ColdUncompressed ? new Dictionary<string, string> { ["Accept-Encoding"] = "identity" } : null,
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var session = await context.NewCDPSessionAsync(page);
        var meter = new TrafficMeter();
        meter.Attach(session);
        await session.SendAsync("Network.enable");
        if (mode == LoadMode.Warm)
        {
            // The first visit fills the cache, at full speed: only the return visit is measured.
            await page.GotoAsync(target.Path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        await session.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = mode != LoadMode.Warm });
        await session.SendAsync("Network.emulateNetworkConditions", profile.ToEmulateNetworkConditions());
        meter.Reset();

        var clock = Stopwatch.StartNew();
        var response = await page.GotoAsync(target.Path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var status = response?.Status ?? 0;
        if (status >= 400)
        {
            return new PageMeasurement(status, meter.Bytes, meter.Bytes, meter.Requests, meter.CompressedResponses, clock.Elapsed, $"HTTP {status}");
        }

        try
        {
            await page.Locator(target.ReadySelector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            await page.WaitForFunctionAsync(StylesheetsLoaded);
        }
        catch (TimeoutException)
        {
            return new PageMeasurement(status, meter.Bytes, meter.Bytes, meter.Requests, meter.CompressedResponses, clock.Elapsed, $"'{target.ReadySelector}' not visible within {Timeout / 1000:0} s");
        }

        var untilUsable = clock.Elapsed;
        var bytesUntilUsable = meter.Bytes;
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        catch (TimeoutException)
        {
            // Counted as far as it got; the page was usable already.
        }

        return new PageMeasurement(status, bytesUntilUsable, meter.Bytes, meter.Requests, meter.CompressedResponses, untilUsable, null);
    }
}
