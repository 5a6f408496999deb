using System.Globalization;
using SpecialtyTowns.Bench.Web;

// Usage: [--url http://host:port] [--runs N] [--page "/path[|selector]"]... [--no-uncompressed]
// Loads the web front end's pages in Debian's chromium on a throttled slow mobile network and checks
// issue 11's targets; exits 1 when one is missed. See docs/performance.md#web-pages-on-a-slow-mobile-network.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
WebBenchOptions options;
try
{
    options = WebBenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync($"bench-web: {exception.Message}");
    await Console.Error.WriteLineAsync(WebBenchOptions.Usage);
    return 2;
}

return await new WebBenchmark(options, NetworkProfile.SlowMobile).RunAsync();
