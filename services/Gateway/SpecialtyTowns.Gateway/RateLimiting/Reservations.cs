using System.Collections.Concurrent;

namespace SpecialtyTowns.Gateway.RateLimiting;

/// <summary>
/// Permits this replica has claimed in Redis and not used yet, per partition of one policy, and
/// how many to claim next time.
/// </summary>
public sealed class Reservations(TimeProvider time)
{
    /// <summary>The most permits one claim takes, so one replica never sits on many.</summary>
    public const int MaxChunk = 256;

    /// <summary>A claim takes at most this share of what the window has left (as its inverse).</summary>
    public const int ShareOfWhatIsLeft = 8;

    private const int SweepEveryClaims = 4096;

    private readonly ConcurrentDictionary<string, Reservation> _partitions = new(StringComparer.Ordinal);
    private int _claimsSinceSweep;

    public int Count => _partitions.Count;

    /// <summary>Takes permits from the partition's reservation when it still holds enough in a window not yet over.</summary>
    public bool TryTake(string partition, int permits)
    {
        if (!_partitions.TryGetValue(partition, out var reservation))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcTicks;
        lock (reservation)
        {
            if (reservation.Remaining < permits || now >= reservation.EndsAtTicks)
            {
                return false;
            }

            reservation.Remaining -= permits;
            return true;
        }
    }

    /// <summary>The gate that lets one claim at a time go to Redis for the partition.</summary>
    public SemaphoreSlim ClaimGate(string partition) => _partitions.GetOrAdd(partition, _ => new Reservation()).Gate;

    /// <summary>How many permits the next claim for the partition should take.</summary>
    public int NextChunk(string partition)
    {
        if (!_partitions.TryGetValue(partition, out var reservation))
        {
            return 1;
        }

        lock (reservation)
        {
            return time.GetUtcNow().UtcTicks >= reservation.EndsAtTicks ? 1 : reservation.NextChunk;
        }
    }

    /// <summary>Keeps the unused part of a claim that Redis answered with <paramref name="count"/>.</summary>
    /// <param name="claimedAtTicks">
    /// When the claim was sent: Redis started its countdown later, so the window is over here a
    /// little before it is over there, and leftovers never spill into the next window.
    /// </param>
    public void Add(string partition, long unused, WindowCount count, int chunk, long limit, long claimedAtTicks)
    {
        var reservation = _partitions.GetOrAdd(partition, _ => new Reservation());
        var endsAt = claimedAtTicks + count.ResetsIn.Ticks;
        var left = limit - count.Count;
        lock (reservation)
        {
            if (time.GetUtcNow().UtcTicks >= reservation.EndsAtTicks || endsAt > reservation.EndsAtTicks + TimeSpan.TicksPerSecond)
            {
                // What was left of an earlier window is void in this one.
                reservation.Remaining = 0;
            }

            reservation.Remaining += unused;
            reservation.EndsAtTicks = endsAt;
            reservation.NextChunk = (int)Math.Clamp(Math.Min(2L * chunk, left / ShareOfWhatIsLeft), 1, MaxChunk);
        }

        // A sweep may have dropped the entry between the lookup and the update.
        _partitions.TryAdd(partition, reservation);

        if (Interlocked.Increment(ref _claimsSinceSweep) >= SweepEveryClaims)
        {
            Interlocked.Exchange(ref _claimsSinceSweep, 0);
            Sweep();
        }
    }

    /// <summary>Forgets partitions whose window is over, so one-off clients do not accumulate.</summary>
    public void Sweep()
    {
        var now = time.GetUtcNow().UtcTicks;
        foreach (var (partition, reservation) in _partitions)
        {
            lock (reservation)
            {
                if (now >= reservation.EndsAtTicks && reservation.Gate.CurrentCount == 1)
                {
                    _partitions.TryRemove(new KeyValuePair<string, Reservation>(partition, reservation));
                }
            }
        }
    }

    private sealed class Reservation
    {
        public long Remaining;
        public long EndsAtTicks;
        public int NextChunk = 1;

        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
