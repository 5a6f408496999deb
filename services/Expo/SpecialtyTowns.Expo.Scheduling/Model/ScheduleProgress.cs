namespace SpecialtyTowns.Expo.Scheduling.Model;

/// <summary>
/// A point of a run's progress: the phase it is in, time since it started, the weight of the best schedule
/// found so far and the best proven bound on it (the gap between them closes as the search goes on).
/// </summary>
public sealed record ScheduleProgress(string Phase, TimeSpan Elapsed, long BestWeight, long Bound);
