using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Bench.Web;

/// <summary>Starts the system (or takes a running one), then loads every page cold, warm and uncompressed.</summary>
internal sealed class WebBenchmark(WebBenchOptions options, NetworkProfile profile)
{
    // Debian's chromium package (as the page tests use it); the flags keep it off Google's hosts.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public async Task<int> RunAsync()
    {
        SystemUnderTest? system = null;
        try
        {
            var address = options.Url;
            if (address is null)
            {
                Console.WriteLine($"[bench-web] starting the system from its {RepoPaths.Configuration} build");
                system = new SystemUnderTest("benchweb");
                await system.StartAsync();
                address = system.GatewayAddress;
            }

            Console.WriteLine($"[bench-web] measuring {address} on {profile}");
            var pages = await ResolvePagesAsync(address);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("ST_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArguments,
            });
            var report = await MeasureAsync(new PageLoader(browser, address, profile), pages);
            Console.WriteLine();
            Console.WriteLine(report.Markdown());
            return report.TargetsMet ? 0 : 1;
        }
        finally
        {
            if (system is not null)
            {
                await system.DisposeAsync();
            }
        }
    }

    private async Task<WebReport> MeasureAsync(PageLoader loader, IReadOnlyList<PageTarget> pages)
    {
        var modes = options.Uncompressed ? new[] { LoadMode.Cold, LoadMode.Warm, LoadMode.ColdUncompressed } : [LoadMode.Cold, LoadMode.Warm];
        var results = new List<PageResult>();
        var skipped = new List<string>();
        foreach (var page in pages)
        {
            // One unmeasured load first, so that the server's first render (JIT, caches) is not counted.
            var first = await loader.LoadAsync(page, LoadMode.Warm);
            if (first.Status == 404)
            {
                skipped.Add($"`{page.Path}` answers 404 (no such page on this build).");
                Console.WriteLine($"[bench-web] {page.Path}: 404, skipped");
                continue;
            }

            foreach (var mode in modes)
            {
                var runs = new List<PageMeasurement>();
                for (var run = 0; run < options.Runs; run++)
                {
                    var measurement = await loader.LoadAsync(page, mode);
                    Console.WriteLine($"[bench-web] {page.Path} {mode}: {measurement.UntilUsable.TotalSeconds:0.00} s, {measurement.BytesUntilUsable:N0} B until usable, {measurement.BytesTotal:N0} B in all, {measurement.Requests} requests ({measurement.CompressedResponses} compressed){(measurement.Usable ? string.Empty : " — " + measurement.Failure)}");
                    runs.Add(measurement);
                }

                results.Add(new PageResult(page, mode, runs));
            }
        }

        return new WebReport(profile, options.Runs, results, skipped);
    }

    /// <summary>Puts a seed town's id into the paths that ask for one.</summary>
    private async Task<IReadOnlyList<PageTarget>> ResolvePagesAsync(Uri address)
    {
        if (!options.Pages.Any(p => p.Path.Contains(PageTarget.TownPlaceholder, StringComparison.Ordinal)))
        {
            return options.Pages;
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var towns = await http.GetFromJsonAsync<JsonElement>("/api/v1/towns?pageSize=1");
        var id = FirstId(towns) ?? throw new InvalidOperationException("no town found through GET /api/v1/towns");
        return [.. options.Pages.Select(p => p with { Path = p.Path.Replace(PageTarget.TownPlaceholder, id, StringComparison.Ordinal) })];
    }

    private static string? FirstId(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Select(p => p.Name == "id" && p.Value.ValueKind == JsonValueKind.String && Guid.TryParse(p.Value.GetString(), out _) ? p.Value.GetString() : FirstId(p.Value))
            .FirstOrDefault(id => id is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(FirstId).FirstOrDefault(id => id is not null),
        _ => null,
    };
}
