namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>Latency percentiles in milliseconds (NaN when nothing succeeded).</summary>
internal sealed record LatencySummary(int Samples, double P50, double P95, double P99, double Max, double Mean);
