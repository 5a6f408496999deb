using System.Diagnostics;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// Sends at a fixed rate whatever the responses do, and times each request from the moment it
/// was scheduled to be sent, so a stall delays the requests behind it and shows in their
/// latency (no coordinated omission). Bounded: rate × seconds requests, at most
/// <see cref="MaxInFlight"/> outstanding (beyond that a request counts as an error), each with
/// its own timeout inside the target.
/// </summary>
internal sealed class OpenLoop(LoadTarget target, int rate, int seconds, CpuMeter cpu)
{
    public const int MaxInFlight = 2_000;

    public async Task<PhaseResult> RunAsync(CancellationToken cancellationToken)
    {
        var total = rate * seconds;
        var latencies = new LatencyRecorder(total);
        var lags = new LatencyRecorder(total);
        var serviceTimes = new LatencyRecorder(total);
        var inFlight = 0;
        var tasks = new List<Task>(total);
        target.Cache?.ResetCounts();
        var mark = cpu.Start();
        var start = Stopwatch.GetTimestamp();
        var ticksPerRequest = (double)Stopwatch.Frequency / rate;

        // The pacer gets its own thread so that a busy thread pool cannot delay the schedule.
        var pacer = new Thread(() =>
        {
            for (var i = 0; i < total && !cancellationToken.IsCancellationRequested; i++)
            {
                var scheduled = start + (long)(i * ticksPerRequest);
                WaitUntil(scheduled);
                lags.Success(Stopwatch.GetElapsedTime(scheduled));
                if (Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    latencies.Failure("not sent: too many in flight");
                    continue;
                }

                Interlocked.Increment(ref inFlight);
                var task = SendAsync(i, scheduled, Stopwatch.GetTimestamp());
                lock (tasks)
                {
                    tasks.Add(task);
                }
            }
        })
        { IsBackground = true, Name = "open-loop pacer" };
        pacer.Start();
        while (pacer.IsAlive)
        {
            await Task.Delay(50, CancellationToken.None);
        }

        Task[] pending;
        lock (tasks)
        {
            pending = [.. tasks];
        }

        // Each request has its own timeout; this only bounds the wait if a target ignores it.
        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();
        return new PhaseResult(
            target.Name, rate, null, elapsed, latencies.Successes, latencies.Failures, latencies.Errors, latencies.Summarize(), lags.Summarize(), cpu.Since(mark).ToReport())
        {
            ServiceTime = serviceTimes.Summarize(),
            CacheHitShare = target.Cache?.HitShare,
        };

        async Task SendAsync(long n, long scheduled, long sent)
        {
            try
            {
                var error = await target.SendAsync(n, cancellationToken);
                if (error is null)
                {
                    latencies.Success(Stopwatch.GetElapsedTime(scheduled));
                    serviceTimes.Success(Stopwatch.GetElapsedTime(sent));
                }
                else
                {
                    latencies.Failure(error);
                }
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }
    }

    /// <summary>Sleeps most of the wait and yields the last millisecond, for sub-millisecond send times.</summary>
    private static void WaitUntil(long timestamp)
    {
        while (true)
        {
            var remaining = (timestamp - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > 1.5)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(remaining - 1));
            }
            else
            {
                Thread.Yield();
            }
        }
    }
}
