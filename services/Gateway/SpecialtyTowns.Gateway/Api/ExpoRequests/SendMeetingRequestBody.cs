namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>A meeting request to one or more of the event's participants (a delegation meeting when more than one); ids as strings so a malformed one is named.</summary>
public sealed record SendMeetingRequestBody(
    IReadOnlyList<string>? ToParticipantIds,
    string? Message,
    string? ProjectId,
    string? GapId,
    string? ProposedSlotId,
    string? InterpreterLanguage,
    IReadOnlyList<string>? AttendeeIds);
