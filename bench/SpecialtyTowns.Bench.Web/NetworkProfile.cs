namespace SpecialtyTowns.Bench.Web;

/// <summary>A network the browser is throttled to, through the DevTools protocol.</summary>
internal sealed record NetworkProfile(string Name, double DownloadKbps, double UploadKbps, double LatencyMs)
{
    /// <summary>A slow mobile connection (about "slow 4G" / fast 3G), as issue 11 sets the targets for.</summary>
    public static NetworkProfile SlowMobile { get; } = new("slow mobile", 1_600, 750, 150);

    public Dictionary<string, object> ToEmulateNetworkConditions() => new()
    {
        ["offline"] = false,
        ["latency"] = LatencyMs,
        // DevTools takes bytes per second.
        ["downloadThroughput"] = DownloadKbps * 1000 / 8,
        ["uploadThroughput"] = UploadKbps * 1000 / 8,
    };

    public override string ToString() => $"{Name}: {DownloadKbps / 1000:0.0} Mbit/s down, {UploadKbps:0} kbit/s up, {LatencyMs:0} ms round trip";
}
