namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// One path under load. <see cref="SendAsync"/> sends request number n (the target picks its
/// query) and returns null on success or a short label of the failure. <see cref="Cache"/>
/// estimates the gateway's cache hits where the path has that cache.
/// </summary>
internal sealed record LoadTarget(string Name, Func<long, CancellationToken, Task<string?>> SendAsync, CacheModel? Cache = null);
