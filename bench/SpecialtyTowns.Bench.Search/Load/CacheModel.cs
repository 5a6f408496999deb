using System.Collections.Concurrent;
using System.Diagnostics;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// Estimates how many requests the gateway answered from its search cache, by replaying the
/// cache's rule on the client side: a query is cached for <see cref="Ttl"/> from the request
/// that missed. It mirrors SearchApi's cache (10 s, no invalidation while the benchmark runs);
/// two simultaneous misses of one query count as one, so the estimate errs towards hits.
/// </summary>
internal sealed class CacheModel(TimeSpan ttl)
{
    private readonly ConcurrentDictionary<int, long> _expiries = new();
    private long _hits;
    private long _requests;

    public TimeSpan Ttl => ttl;

    public double HitShare => Interlocked.Read(ref _requests) == 0 ? 0 : (double)Interlocked.Read(ref _hits) / Interlocked.Read(ref _requests);

    public void Observe(int query)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _requests);
        var expiry = _expiries.GetOrAdd(query, 0);
        if (now < expiry)
        {
            Interlocked.Increment(ref _hits);
            return;
        }

        _expiries[query] = now + (long)(ttl.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Starts counting afresh; what is cached stays cached.</summary>
    public void ResetCounts()
    {
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _requests, 0);
    }
}
