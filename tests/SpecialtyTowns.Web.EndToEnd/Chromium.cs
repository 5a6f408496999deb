namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// Debian's chromium package, never a browser Playwright downloads. The flags keep it from
/// reaching for Google's hosts, which this machine's closed network refuses.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("ST_CHROMIUM") ?? "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];
}
