namespace SpecialtyTowns.Gateway.Caching;

/// <summary>Groups of cached public reads that one kind of change makes stale together.</summary>
public static class CacheScopes
{
    public const string Towns = "towns";
    public const string Enterprises = "enterprises";
    public const string Events = "events";
}
