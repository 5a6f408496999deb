namespace SpecialtyTowns.Gateway.Caching;

/// <summary>Groups of cached public reads that one kind of change makes stale together.</summary>
public static class CacheScopes
{
    public const string Towns = "towns";
    public const string Enterprises = "enterprises";
    public const string Events = "events";

    /// <summary>
    /// Towns' chain maps (nodes, enterprises, open gaps, public projects), cleared by the events of each; they
    /// also live only seconds (<see cref="ChainsTtl"/>), as an event reaches a replica's cache a moment late.
    /// </summary>
    public const string Chains = "chains";

    public static readonly TimeSpan ChainsTtl = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Search results. The Towns replicas update their indexes from the same events a moment
    /// after the gateway hears them, so these entries also live only seconds.
    /// </summary>
    public const string Search = "search";
}
