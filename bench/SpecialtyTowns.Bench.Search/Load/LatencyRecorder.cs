using System.Collections.Concurrent;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// Latencies of successful requests, kept whole (up to a fixed capacity) so percentiles are
/// exact, and failures counted by kind. Safe for concurrent use.
/// </summary>
internal sealed class LatencyRecorder(int capacity)
{
    private readonly double[] _milliseconds = new double[capacity];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _count;
    private long _successes;
    private long _failures;

    public long Successes => Interlocked.Read(ref _successes);

    public long Failures => Interlocked.Read(ref _failures);

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public void Success(TimeSpan latency)
    {
        Interlocked.Increment(ref _successes);
        var slot = Interlocked.Increment(ref _count) - 1;
        if (slot < _milliseconds.Length)
        {
            _milliseconds[slot] = latency.TotalMilliseconds;
        }
    }

    public void Failure(string kind)
    {
        Interlocked.Increment(ref _failures);
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    public LatencySummary Summarize()
    {
        var samples = _milliseconds.AsSpan(0, Math.Min(Volatile.Read(ref _count), _milliseconds.Length)).ToArray();
        Array.Sort(samples);
        return new LatencySummary(
            samples.Length,
            Percentile(samples, 0.50),
            Percentile(samples, 0.95),
            Percentile(samples, 0.99),
            samples.Length == 0 ? double.NaN : samples[^1],
            samples.Length == 0 ? double.NaN : samples.Average());
    }

    /// <summary>Nearest rank: the smallest sample with at least q of all samples at or below it.</summary>
    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
