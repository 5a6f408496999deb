namespace SpecialtyTowns.Gateway.Caching;

/// <summary>The "Caching" section: how the gateway caches public reads.</summary>
public sealed class PublicReadCacheOptions
{
    public const string SectionName = "Caching";

    /// <summary>Off sends every public read to its service, as for measuring the services themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest an entry lives in a replica's memory. Invalidations normally reach it at once; this bounds how stale
    /// it can get when one is lost.
    /// </summary>
    public TimeSpan LocalTtl { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Memory the replica's tier may hold, counted as JSON bytes plus keys.</summary>
    public long LocalSizeLimitBytes { get; set; } = 64L * 1024 * 1024;
}
