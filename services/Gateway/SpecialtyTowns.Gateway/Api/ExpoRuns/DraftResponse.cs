namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>
/// A draft's figures, every unscheduled meeting with its reason and every moved or dropped published meeting
/// with its reason. A stale draft (the event's meetings, slots or tables changed since) cannot be published.
/// </summary>
public sealed record DraftResponse(
    int Meetings,
    int Scheduled,
    int Unscheduled,
    int NewlyPlaced,
    long ScheduledWeight,
    long UpperBound,
    bool Optimal,
    int IdleSlots,
    int Moved,
    int Dropped,
    double Seconds,
    bool Stale,
    IReadOnlyList<DraftMeetingResponse> UnscheduledMeetings,
    IReadOnlyList<DraftMeetingResponse> Changes);
