namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>What one measured phase gave.</summary>
/// <param name="OfferedRate">Requests per second sent on schedule (open loop); null for a closed loop.</param>
/// <param name="Concurrency">Workers of a closed loop; null for an open loop.</param>
/// <param name="Seconds">From the first scheduled send to the last response.</param>
/// <param name="SendLag">Open loop: how late the generator sent against the schedule (its own health).</param>
internal sealed record PhaseResult(
    string Path,
    double? OfferedRate,
    int? Concurrency,
    double Seconds,
    long Successes,
    long Failures,
    IReadOnlyDictionary<string, int> Errors,
    LatencySummary Latency,
    LatencySummary? SendLag,
    CpuReport Cpu)
{
    /// <summary>Open loop: latency from the actual send instead of the scheduled one, to tell the pacer's lateness apart.</summary>
    public LatencySummary? ServiceTime { get; init; }

    /// <summary>Share of requests the gateway's search cache answered (estimated, see <see cref="CacheModel"/>); null where there is no cache.</summary>
    public double? CacheHitShare { get; init; }

    public double Throughput => Seconds > 0 ? Successes / Seconds : 0;
}
