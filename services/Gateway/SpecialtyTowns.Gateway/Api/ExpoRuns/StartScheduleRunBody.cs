namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>How long the run may search, in seconds (1-600, default 30).</summary>
public sealed record StartScheduleRunBody(int? TimeLimitSeconds);
