namespace SpecialtyTowns.Gateway.Caching;

/// <summary>Groups of cached public reads that one kind of change makes stale together.</summary>
public static class CacheScopes
{
    public const string Towns = "towns";
    public const string Enterprises = "enterprises";
    public const string Events = "events";

    /// <summary>
    /// Towns' chain maps (nodes, enterprises, open gaps, public projects). Node edits publish no event,
    /// so these entries live only seconds (<see cref="ChainsTtl"/>).
    /// </summary>
    public const string Chains = "chains";

    public static readonly TimeSpan ChainsTtl = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Search results. The Towns replicas update their indexes from the same events a moment
    /// after the gateway hears them, so these entries also live only seconds.
    /// </summary>
    public const string Search = "search";
}
