using System.Text.Json;

namespace SpecialtyTowns.Gateway.Api.Schedules;

/// <summary>
/// An instance in the meeting-scheduling format, optionally the previous schedule to keep
/// (incremental), and the time budget in seconds (1-120, default 30).
/// </summary>
public sealed record SolveScheduleBody(JsonElement? Instance, JsonElement? PreviousSchedule, int? TimeLimitSeconds);
