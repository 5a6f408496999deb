namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>CPU used during a phase, in cores (1.0 = one core busy the whole time).</summary>
/// <param name="SystemBusy">All processes on the machine, from /proc/stat.</param>
/// <param name="Ours">Per process the benchmark started, and the benchmark itself.</param>
internal sealed record CpuReport(double SystemBusy, IReadOnlyDictionary<string, double> Ours)
{
    /// <summary>Everything else: PostgreSQL, Redis, RabbitMQ, and whatever else runs on the machine.</summary>
    public double Others => Math.Max(0, SystemBusy - Ours.Values.Sum());
}
