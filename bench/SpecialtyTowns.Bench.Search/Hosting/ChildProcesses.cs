using System.Collections.Concurrent;

namespace SpecialtyTowns.Bench.Search.Hosting;

/// <summary>
/// Every process the benchmark started, so that they are killed however it ends: normally,
/// on Ctrl-C, or when the runtime exits on an unhandled exception.
/// </summary>
internal static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, ChildProcess> Running = new();

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillAll();
    }

    public static void Add(ChildProcess process) => Running[process.Id] = process;

    public static void Remove(ChildProcess process) => Running.TryRemove(process.Id, out _);

    public static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            process.KillNow();
        }
    }
}
