namespace SpecialtyTowns.Gateway.Api.ExpoCheckIn;

/// <summary>A badge token (scanned or typed), or the participant (and attendee) a name search found; method scan, code or search.</summary>
public sealed record CheckInBody(string? Badge, string? ParticipantId, string? AttendeeId, string? Method);
