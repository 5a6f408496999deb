namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>Milliseconds since the run started, the best weight found so far, the proven bound on it, and the solver's phase.</summary>
public sealed record ProgressPointResponse(long ElapsedMs, long BestWeight, long Bound, string Phase);
