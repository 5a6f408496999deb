namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>CPU seconds used over some wall-clock seconds; deltas of separate slices add up.</summary>
internal sealed record CpuDelta(double WallSeconds, double SystemSeconds, IReadOnlyDictionary<string, double> ProcessSeconds)
{
    public static CpuDelta Zero { get; } = new(0, 0, new Dictionary<string, double>());

    public CpuDelta Plus(CpuDelta other) => new(
        WallSeconds + other.WallSeconds,
        SystemSeconds + other.SystemSeconds,
        ProcessSeconds.Keys.Union(other.ProcessSeconds.Keys)
            .ToDictionary(k => k, k => ProcessSeconds.GetValueOrDefault(k) + other.ProcessSeconds.GetValueOrDefault(k)));

    public CpuReport ToReport() => WallSeconds <= 0
        ? new CpuReport(0, new Dictionary<string, double>())
        : new CpuReport(SystemSeconds / WallSeconds, ProcessSeconds.ToDictionary(p => p.Key, p => p.Value / WallSeconds));
}
