namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>What the scheduling page's script polls: the run's status and its chart's new ECharts option.</summary>
public sealed record ScheduleRunProgressResponse(string Status, string Chart, long? BestWeight, long? Bound);
