namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record MeetingRequestResponse(
    string Id,
    string EventId,
    string FromParticipantId,
    string? Message,
    string? ProjectId,
    string? GapId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ClosedAt,
    string? ProposedSlotId,
    string? InterpreterLanguage,
    IReadOnlyList<string> AttendeeIds,
    int Round,
    string? CounteredBy,
    string? CounterNote,
    string? MeetingId,
    string Source,
    IReadOnlyList<RequestPartyResponse> Parties,
    int Version);
