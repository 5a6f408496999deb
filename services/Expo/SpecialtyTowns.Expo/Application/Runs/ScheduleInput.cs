using SpecialtyTowns.Expo.Scheduling.Model;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>
/// What a run reads from the database: the instance, the published placement as the previous schedule,
/// the meetings left out of the instance with their reason, and a fingerprint of everything read (a draft
/// whose fingerprint no longer matches the database is stale and cannot be published).
/// </summary>
public sealed record ScheduleInput(Instance Instance, Schedule Previous, IReadOnlyList<UnscheduledMeeting> Excluded, string Fingerprint);
