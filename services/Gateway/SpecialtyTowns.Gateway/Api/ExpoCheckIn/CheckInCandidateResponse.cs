namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>A participant or attendee found by name at the desk, and when it checked in (null: not yet).</summary>
public sealed record CheckInCandidateResponse(
    string ParticipantId,
    string? AttendeeId,
    string Kind,
    string Name,
    string? NameEn,
    string? AttendeeName,
    string? AttendeeTitle,
    DateTimeOffset? CheckedInAt);
