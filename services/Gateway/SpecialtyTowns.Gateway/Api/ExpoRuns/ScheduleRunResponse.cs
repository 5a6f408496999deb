namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>A scheduling run: its status, progress points for the live chart, and (for a draft or a published run) the draft to review.</summary>
public sealed record ScheduleRunResponse(
    Guid Id,
    Guid EventId,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? HeartbeatAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? PublishedAt,
    int TimeLimitSeconds,
    int Attempts,
    string? Error,
    IReadOnlyList<ProgressPointResponse> Progress,
    DraftResponse? Draft);
