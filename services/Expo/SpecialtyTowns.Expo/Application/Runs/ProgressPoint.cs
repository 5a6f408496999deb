namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>A point of a run's live chart, as stored in schedule_runs.progress.</summary>
public sealed record ProgressPoint(long ElapsedMs, long BestWeight, long Bound, string Phase);
