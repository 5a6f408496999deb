namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>A venue check-in; <c>created</c> false when the participant (attendee) was already in and the first check-in is answered.</summary>
public sealed record CheckInResponse(
    string Id,
    string EventId,
    string ParticipantId,
    string? AttendeeId,
    string ParticipantName,
    string? ParticipantNameEn,
    string? AttendeeName,
    string Kind,
    string Method,
    string CheckedInBy,
    DateTimeOffset CheckedInAt,
    bool Created);
