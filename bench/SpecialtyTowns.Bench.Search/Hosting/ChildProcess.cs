using System.Diagnostics;
using System.Globalization;

namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>
/// A server the benchmark runs as its own process, output appended to a log file (bash
/// redirects it and then execs the server, so the id is the server's own).
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    // Settings the caller's shell may have exported for the dev system; a benchmark child
    // must see only what the benchmark gives it.
    private static readonly string[] InheritedPrefixesToDrop =
        ["ConnectionStrings__", "Database__", "Auth__", "Kestrel__", "Services__", "Seed__", "RateLimiting__", "Dapr__", "DAPR_", "OTEL_", "ASPNETCORE_URLS", "DOTNET_URLS"];

    private readonly Process _process;

    private ChildProcess(string name, Process process, string logPath)
    {
        Name = name;
        _process = process;
        LogPath = logPath;
        Started = Stopwatch.GetTimestamp();
    }

    public string Name { get; }

    public int Id => _process.Id;

    public string LogPath { get; }

    public long Started { get; }

    public static ChildProcess Start(string name, string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory, string logPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var start = new ProcessStartInfo("bash")
        {
            // Hosts read appsettings.json from their working directory, as deploy/local/run.sh starts them.
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$BENCH_CHILD_LOG\" 2>&1 </dev/null");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixesToDrop.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["BENCH_CHILD_LOG"] = logPath;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var child = new ChildProcess(name, process, logPath);
        ChildProcesses.Add(child);
        return child;
    }

    /// <summary>Waits until <paramref name="url"/> answers 2xx; fails fast when the process exits.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}; last lines of {LogPath}:\n{Tail(20)}");
            }

            try
            {
                using var response = await http.GetAsync(url, deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(Started);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // One probe timed out; the service may be busy starting.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{Name} was not ready at {url} within {timeout}; last lines of {LogPath}:\n{Tail(20)}");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"{Name} was not ready at {url} within {timeout}; last lines of {LogPath}:\n{Tail(20)}");
            }
        }
    }

    /// <summary>Resident and peak resident memory in bytes, from /proc.</summary>
    public (long Rss, long PeakRss) Memory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }

        return (rss, peak);
    }

    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
    }

    public string Tail(int lines) => File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(lines)) : "(no log)";

    /// <summary>SIGTERM, so the host shuts down as it would in production; SIGKILL if it takes too long.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
            {
                if (kill is not null)
                {
                    await kill.WaitForExitAsync();
                }
            }

            using var wait = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                KillNow();
            }
        }

        ChildProcesses.Remove(this);
    }

    public void KillNow()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
