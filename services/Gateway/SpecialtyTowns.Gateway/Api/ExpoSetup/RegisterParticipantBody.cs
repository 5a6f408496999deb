namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>The caller's own registration: kind is what the caller is (investor, town or enterprise). seats 0 or absent: one per attendee.</summary>
public sealed record RegisterParticipantBody(string? Kind, string? Name, string? NameEn, IReadOnlyList<string>? Languages, int? Seats, int? MaxMeetings, IReadOnlyList<AttendeeBody>? Attendees, string? OrganisationId);
