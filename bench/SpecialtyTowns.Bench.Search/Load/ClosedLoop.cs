using System.Diagnostics;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// Maximum throughput: a fixed number of workers, each sending its next request as soon as the
/// previous one is answered. Bounded by time (and each request by the target's timeout).
/// </summary>
internal static class ClosedLoop
{
    /// <summary>Runs for <paramref name="duration"/> into <paramref name="recorder"/>; returns the seconds it took, in-flight requests included.</summary>
    public static async Task<double> RunAsync(LoadTarget target, int concurrency, TimeSpan duration, LatencyRecorder recorder, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long sequence = 0;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                while (Stopwatch.GetTimestamp() < end && !cancellationToken.IsCancellationRequested)
                {
                    var sent = Stopwatch.GetTimestamp();
                    var error = await target.SendAsync(Interlocked.Increment(ref sequence), cancellationToken);
                    if (error is null)
                    {
                        recorder.Success(Stopwatch.GetElapsedTime(sent));
                    }
                    else
                    {
                        recorder.Failure(error);
                    }
                }
            },
            cancellationToken));
        await Task.WhenAll(workers);
        cancellationToken.ThrowIfCancellationRequested();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
