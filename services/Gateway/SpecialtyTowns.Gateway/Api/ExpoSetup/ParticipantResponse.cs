namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A registration: status pending, approved, rejected or withdrawn.</summary>
public sealed record ParticipantResponse(string Id, string EventId, string Kind, string SubjectId, string? OrganisationId, string Name, string? NameEn, IReadOnlyList<string> Languages, int Seats, int? MaxMeetings, IReadOnlyList<AttendeeResponse> Attendees, string Status, DateTimeOffset RegisteredAt, string? DecisionNote, IReadOnlyList<string> UnavailableSlotIds);
