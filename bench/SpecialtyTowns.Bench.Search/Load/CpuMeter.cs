using System.Diagnostics;
using System.Globalization;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>Measures CPU between two points: the whole machine's, and each named process's.</summary>
internal sealed class CpuMeter(IReadOnlyDictionary<string, Func<TimeSpan>> processes)
{
    // USER_HZ: the unit of /proc/stat, 100 on every Linux ABI.
    private const double TicksPerSecond = 100;

    public Mark Start() => new(Stopwatch.GetTimestamp(), SystemBusySeconds(), processes.ToDictionary(p => p.Key, p => p.Value()));

    public CpuDelta Since(Mark start) => new(
        Stopwatch.GetElapsedTime(start.Timestamp).TotalSeconds,
        SystemBusySeconds() - start.SystemBusy,
        processes.ToDictionary(p => p.Key, p => (p.Value() - start.Processes[p.Key]).TotalSeconds));

    private static double SystemBusySeconds()
    {
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest is inside user)
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + (fields.Length > 7 ? fields[7] : 0);
        return busy / TicksPerSecond;
    }

    public sealed record Mark(long Timestamp, double SystemBusy, IReadOnlyDictionary<string, TimeSpan> Processes);
}
