using System.Collections.Concurrent;
using System.Diagnostics;

namespace SpecialtyTowns.Bench.Enterprises;

/// <summary>
/// Sends requests at a fixed rate whatever the answers take (an open loop), and times each from when it was due, so a
/// slow server cannot hide its queue (no coordinated omission).
/// </summary>
internal static class OpenLoop
{
    public sealed record Result(string Name, int Sent, int Failed, double Seconds, double P50, double P95, double P99, double Max)
    {
        public double Throughput => (Sent - Failed) / Seconds;
    }

    public static Task<Result> RunAsync(string name, HttpClient http, IReadOnlyList<string> paths, int rate, int seconds, CancellationToken cancellationToken) =>
        RunAsync(name, http, i => new HttpRequestMessage(HttpMethod.Get, new Uri(paths[i % paths.Count], UriKind.Relative)), rate, seconds, cancellationToken);

    /// <summary>Sends the <c>i</c>-th request <paramref name="request"/> makes (any method and body).</summary>
    public static async Task<Result> RunAsync(string name, HttpClient http, Func<int, HttpRequestMessage> request, int rate, int seconds, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var total = rate * seconds;
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var message = request(i);
            inFlight.Add(Task.Run(
                async () =>
                {
                    try
                    {
                        using var sent = message;
                        using var response = await http.SendAsync(sent, cancellationToken);
                        await response.Content.ReadAsByteArrayAsync(cancellationToken);
                        if (!response.IsSuccessStatusCode)
                        {
                            Interlocked.Increment(ref failures);
                            return;
                        }

                        latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                },
                cancellationToken));
        }

        await Task.WhenAll(inFlight);
        var sorted = latencies.Order().ToArray();
        return new Result(name, total, failures, clock.Elapsed.TotalSeconds, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    private static double At(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
